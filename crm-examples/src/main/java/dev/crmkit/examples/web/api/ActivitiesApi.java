package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivitySort;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/activities}: notes, calls, emails and meetings logged on contacts, companies and deals. */
@CrudController(
        plural = "activities",
        create = "type (note, call, email, meeting) and subject are required, and at least one of contact_id,"
                + " company_id, deal_id; occurred_at defaults to now.",
        replace = "type, subject and occurred_at are required, and at least one link.",
        patch = "{\"outcome\": \"signed\"} changes only the outcome.")
class ActivitiesApi extends CrudApi<dev.crmkit.core.activity.Activity, ActivityJson> {

    ActivitiesApi(Crm crm) {
        super(crm, crm.activities(), ActivityJson.CODEC, crm.activities()::create, crm.activities()::update);
    }

    @GetMapping
    @Operation(
            description =
                    "type takes a comma-separated list (type=call,meeting); sort=-occurred_at lists the newest first")
    PageJson<ActivityJson> list(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(name = "contact_id", required = false) @Nullable Long contactId,
            @RequestParam(name = "company_id", required = false) @Nullable Long companyId,
            @RequestParam(name = "deal_id", required = false) @Nullable Long dealId,
            PageRequest<ActivitySort> page) {
        return page(crm.activities().find(new ActivityQuery(types(type), contactId, companyId, dealId, page)));
    }

    private static Set<ActivityType> types(@Nullable String list) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        if (list != null) {
            for (String key : list.split(",")) {
                if (!key.isBlank()) {
                    types.add(ActivityType.fromKey(key));
                }
            }
        }
        return types;
    }
}
