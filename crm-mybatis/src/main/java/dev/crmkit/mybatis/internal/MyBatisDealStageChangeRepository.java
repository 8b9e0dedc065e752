package dev.crmkit.mybatis.internal;

import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.storage.DealStageChangeRepository;
import dev.crmkit.mybatis.internal.DealStageChangeMapper.StageChangeFilter;
import java.util.List;
import java.util.function.Function;

/** Deals' stage history through {@link DealStageChangeMapper}. */
final class MyBatisDealStageChangeRepository
        extends MyBatisListingRepository<
                DealStageChange,
                DealStageChange,
                DealStageChange,
                StageChangeFilter,
                DealStageChangeQuery,
                DealStageChangeMapper>
        implements DealStageChangeRepository {

    MyBatisDealStageChangeRepository(DealStageChangeMapper mapper) {
        super(mapper, Function.identity(), Function.identity(), DealStageChange::withIdentity);
    }

    @Override
    StageChangeFilter filter(DealStageChangeQuery query) {
        return new StageChangeFilter(List.copyOf(query.dealIds()));
    }
}
