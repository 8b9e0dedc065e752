package dev.crmkit.mybatis.internal;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.storage.ActivityRepository;
import dev.crmkit.mybatis.internal.ActivityMapper.ActivityFilter;
import java.util.function.Function;

/** Activities through {@link ActivityMapper}: one statement per operation, two for a page with its total. */
final class MyBatisActivityRepository
        extends MyBatisListingRepository<Activity, Activity, Activity, ActivityFilter, ActivityQuery, ActivityMapper>
        implements ActivityRepository {

    MyBatisActivityRepository(ActivityMapper mapper) {
        super(mapper, Function.identity(), Function.identity(), Activity::withIdentity);
    }

    @Override
    ActivityFilter filter(ActivityQuery query) {
        return new ActivityFilter(
                query.types().stream().map(ActivityType::key).sorted().toList(),
                query.contactId(),
                query.companyId(),
                query.dealId());
    }
}
