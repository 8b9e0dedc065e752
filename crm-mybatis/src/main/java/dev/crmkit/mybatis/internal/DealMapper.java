package dev.crmkit.mybatis.internal;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The deal statements; SQL in {@code DealMapper.xml}. */
public interface DealMapper extends QueryMapper<DealMapper.DealRow, DealMapper.DealRow, DealMapper.DealFilter> {

    /** {@return the rows whose title is one of these} */
    List<DealRow> findByTitles(@Param("titles") Collection<String> titles);

    /** A deal as stored: its money in two columns. */
    record DealRow(
            long id,
            String title,
            @Nullable String description,
            BigDecimal amount,
            String currency,
            long pipelineId,
            String status,
            @Nullable Long contactId,
            @Nullable LocalDate expectedCloseDate,
            @Nullable Instant closedAt,
            @Nullable String lostReason,
            Instant createdAt,
            Instant updatedAt,
            long version,
            @Nullable Long companyId,
            CustomFieldValues customFields) {

        static DealRow of(Deal d) {
            return new DealRow(
                    d.id(),
                    d.title(),
                    d.description(),
                    d.value().amount(),
                    d.value().currency().getCurrencyCode(),
                    d.pipelineId(),
                    d.status(),
                    d.contactId(),
                    d.expectedCloseDate(),
                    d.closedAt(),
                    d.lostReason(),
                    d.createdAt(),
                    d.updatedAt(),
                    d.version(),
                    d.companyId(),
                    d.customFields());
        }

        /** What {@code search_title} stores: {@link Deal#searchTitle()}. */
        String searchTitle() {
            return toDeal().searchTitle();
        }

        Deal toDeal() {
            return new Deal(
                    id,
                    title,
                    description,
                    new Money(amount, Currency.getInstance(currency)),
                    pipelineId,
                    status,
                    contactId,
                    expectedCloseDate,
                    closedAt,
                    lostReason,
                    createdAt,
                    updatedAt,
                    version,
                    companyId,
                    customFields);
        }
    }

    /**
     * The filters of a deal query; see {@link dev.crmkit.core.deal.DealQuery}.
     *
     * @param outcome the stage outcome as stored: {@code OPEN}, {@code WON} or {@code LOST}
     * @param tagged the tags and custom field conditions every row meets
     */
    record DealFilter(
            @Nullable Long pipelineId,
            @Nullable String status,
            @Nullable Long contactId,
            @Nullable BigDecimal minAmount,
            @Nullable BigDecimal maxAmount,
            @Nullable String currency,
            @Nullable String outcome,
            @Nullable Long companyId,
            TagAndFieldFilter tagged)
            implements OgnlRecord {}
}
