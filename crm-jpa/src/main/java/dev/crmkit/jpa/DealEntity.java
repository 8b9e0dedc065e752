package dev.crmkit.jpa;

import dev.crmkit.core.Money;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.pipeline.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code crm_deal}. Pipeline and contact are plain id columns, not associations: the
 * record carries ids, and an association would only add lazy loading to reason about.
 */
@Entity(name = DealEntity.NAME)
@Table(name = "crm_deal")
class DealEntity {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmDeal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

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

    @Column(name = "expected_close_date")
    private @Nullable LocalDate expectedCloseDate;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "lost_reason", length = Deal.LOST_REASON_MAX)
    private @Nullable String lostReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For Hibernate. */
    protected DealEntity() {}

    static DealEntity of(Deal deal) {
        DealEntity entity = new DealEntity();
        entity.copyFrom(deal);
        entity.createdAt = deal.createdAt();
        return entity;
    }

    void copyFrom(Deal deal) {
        title = deal.title();
        description = deal.description();
        amount = deal.value().amount();
        currency = deal.value().currency().getCurrencyCode();
        pipelineId = deal.pipelineId();
        status = deal.status();
        contactId = deal.contactId();
        expectedCloseDate = deal.expectedCloseDate();
        closedAt = deal.closedAt();
        lostReason = deal.lostReason();
        updatedAt = deal.updatedAt();
    }

    Deal toRecord() {
        // Money re-normalises the schema's four decimals to the currency's own.
        Money value = new Money(amount, Currency.getInstance(currency));
        return new Deal(id(), title, description, value, pipelineId, status, contactId, expectedCloseDate,
                closedAt, lostReason, createdAt, updatedAt, version);
    }

    long id() {
        return Objects.requireNonNull(id, "id is issued on insert");
    }

    long version() {
        return version;
    }
}
