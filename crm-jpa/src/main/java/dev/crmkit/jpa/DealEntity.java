package dev.crmkit.jpa;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code crm_deal}. Pipeline and contact are plain id columns, not associations: the
 * record carries ids, and an association would only add lazy loading to reason about.
 */
@Entity(name = DealEntity.NAME)
@Table(name = "crm_deal")
class DealEntity extends CustomizableEntity<Deal> {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmDeal";

    @Column(name = "title", nullable = false, length = Deal.TITLE_MAX)
    private String title = "";

    @Column(name = "description", length = Deal.DESCRIPTION_MAX)
    private @Nullable String description;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount = BigDecimal.ZERO;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private String currency = "";

    @Column(name = "pipeline_id", nullable = false)
    private long pipelineId;

    @Column(name = "status", nullable = false, length = Stage.KEY_MAX)
    private String status = "";

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Column(name = "company_id")
    private @Nullable Long companyId;

    @Column(name = "expected_close_date")
    private @Nullable LocalDate expectedCloseDate;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "lost_reason", length = Deal.LOST_REASON_MAX)
    private @Nullable String lostReason;

    /** Written, never read back: {@link Deal#searchTitle()} derives it. */
    @Column(name = "search_title", nullable = false, length = 3 * Deal.TITLE_MAX)
    private String searchTitle = "";

    /** For Hibernate. */
    protected DealEntity() {}

    @Override
    protected void copyFields(Deal deal) {
        title = deal.title();
        description = deal.description();
        amount = deal.value().amount();
        currency = deal.value().currency().getCurrencyCode();
        pipelineId = deal.pipelineId();
        status = deal.status();
        contactId = deal.contactId();
        companyId = deal.companyId();
        expectedCloseDate = deal.expectedCloseDate();
        closedAt = deal.closedAt();
        lostReason = deal.lostReason();
        searchTitle = deal.searchTitle();
        copyCustomFields(deal.customFields());
    }

    @Override
    Deal toRecord() {
        // Money re-normalises the schema's four decimals to the currency's own.
        Money value = new Money(amount, Currency.getInstance(currency));
        return new Deal(
                id(),
                title,
                description,
                value,
                pipelineId,
                status,
                contactId,
                expectedCloseDate,
                closedAt,
                lostReason,
                createdAt(),
                updatedAt(),
                version(),
                companyId,
                customFields());
    }
}
