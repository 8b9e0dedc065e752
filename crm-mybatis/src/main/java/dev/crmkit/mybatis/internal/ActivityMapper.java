package dev.crmkit.mybatis.internal;

import dev.crmkit.core.activity.Activity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The activity statements; SQL in {@code ActivityMapper.xml}. */
public interface ActivityMapper extends QueryMapper<Activity, Activity, ActivityMapper.ActivityFilter> {

    /**
     * The filters of an activity query; see {@link dev.crmkit.core.activity.ActivityQuery}.
     *
     * @param types type keys; empty means any
     * @param contactId the contact
     * @param companyId the company
     * @param dealId the deal
     */
    record ActivityFilter(
            List<String> types,
            @Nullable Long contactId,
            @Nullable Long companyId,
            @Nullable Long dealId) implements OgnlRecord {}
}
