package dev.crmkit.core.storage.memory;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.ActivityRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import java.util.Objects;

/** Activities in memory. */
final class MemoryActivityRepository extends MemoryRepository<Activity> implements ActivityRepository {

    MemoryActivityRepository(InMemoryUnitOfWork work) {
        super(work, Table.ACTIVITY, Activity::withIdentity, Tables::requireReferences);
    }

    @Override
    public Page<Activity> find(ActivityQuery query) {
        return page(
                activity -> (query.types().isEmpty() || query.types().contains(activity.type()))
                        && (query.contactId() == null || Objects.equals(activity.contactId(), query.contactId()))
                        && (query.companyId() == null || Objects.equals(activity.companyId(), query.companyId()))
                        && (query.dealId() == null || Objects.equals(activity.dealId(), query.dealId())),
                query.page());
    }
}
