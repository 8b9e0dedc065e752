package dev.crmkit.core.model;

import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.SortDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Operations on deals, as generated. Logical ids of 0 mean "none given". */
final class DealOps {

    private DealOps() {}

    record Create(
            String title,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            long pipelineId,
            @Nullable String status,
            long contactId,
            @Nullable LocalDate expectedCloseDate,
            @Nullable String lostReason)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.createDeal(this);
        }
    }

    /** @param pipelineId the pipeline to move to, or 0 to stay */
    record Update(
            long id,
            Patch<String> title,
            Patch<BigDecimal> amount,
            Patch<String> currency,
            long pipelineId,
            Patch<String> status,
            Patch<Long> contactId,
            Patch<LocalDate> expectedCloseDate,
            Patch<String> lostReason,
            @Nullable Long expectedVersion)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.updateDeal(this);
        }
    }

    record Delete(long id) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.deleteDeal(this);
        }
    }

    record Find(
            long pipelineId,
            @Nullable String status,
            long contactId,
            @Nullable BigDecimal minAmount,
            @Nullable BigDecimal maxAmount,
            @Nullable String currency,
            @Nullable StageOutcome outcome,
            DealSort sort,
            SortDirection direction,
            int limit,
            boolean total,
            int pages,
            int handle)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return CommonOps.read(subject, subject.findDeals(this), pages, handle);
        }
    }
}
