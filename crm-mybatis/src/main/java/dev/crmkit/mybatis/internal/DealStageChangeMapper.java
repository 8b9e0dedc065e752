package dev.crmkit.mybatis.internal;

import dev.crmkit.core.deal.DealStageChange;
import java.util.List;

/** The statements of the deals' stage history; SQL in {@code DealStageChangeMapper.xml}. */
public interface DealStageChangeMapper
        extends QueryMapper<DealStageChange, DealStageChange, DealStageChangeMapper.StageChangeFilter> {

    /**
     * The filter of a stage change query.
     *
     * @param dealIds the deals; empty means every deal
     */
    record StageChangeFilter(List<Long> dealIds) implements OgnlRecord {}
}
