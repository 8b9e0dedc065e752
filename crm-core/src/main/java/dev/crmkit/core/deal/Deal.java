package dev.crmkit.core.deal;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity moving through the stages of a pipeline.
 *
 * @param title never blank, at most {@value #TITLE_MAX} characters
 * @param description at most {@value #DESCRIPTION_MAX} characters
 * @param value what the deal is worth; amount ≥ 0
 * @param pipelineId the pipeline the deal belongs to
 * @param status the key of the deal's current stage in that pipeline
 * @param contactId the contact the deal is with, if any
 * @param expectedCloseDate when the deal is expected to close
 * @param closedAt set when the deal entered a WON or LOST stage; absent while it is open
 * @param lostReason why the deal was lost; only while in a LOST stage, at most {@value #LOST_REASON_MAX} characters
 * @param companyId the company the deal is with, if any
 */
public record Deal(
        long id,
        String title,
        @Nullable String description,
        Money value,
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
        CustomFieldValues customFields)
        implements CrmRecord, CustomizableRecord<Deal> {

    /** Longest title, in code points. */
    public static final int TITLE_MAX = 200;
    /** Longest description, in code points. */
    public static final int DESCRIPTION_MAX = 4_000;
    /** Longest lost reason, in code points. */
    public static final int LOST_REASON_MAX = 500;

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param id database-issued id
     * @param title never blank, at most {@value #TITLE_MAX} characters
     * @param description at most {@value #DESCRIPTION_MAX} characters
     * @param value what the deal is worth; amount ≥ 0
     * @param pipelineId the pipeline the deal belongs to
     * @param status the key of the deal's current stage in that pipeline
     * @param contactId the contact the deal is with, if any
     * @param expectedCloseDate when the deal is expected to close
     * @param closedAt set when the deal entered a WON or LOST stage; absent while it is open
     * @param lostReason why the deal was lost; only while in a LOST stage, at most {@value #LOST_REASON_MAX} characters
     * @param createdAt when it was created, from the {@code Crm}'s clock
     * @param updatedAt when it was last changed, from the {@code Crm}'s clock
     * @param version incremented by every update, for optimistic locking
     * @param companyId the company the deal is with, if any
     * @param customFields the values of the deals' custom fields
     */
    public Deal {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(customFields, "customFields");
    }

    /**
     * A deal without custom field values.
     *
     * @param id database-issued id
     * @param title the title
     * @param description the description
     * @param value what the deal is worth
     * @param pipelineId the pipeline
     * @param status the stage key
     * @param contactId the contact, if any
     * @param expectedCloseDate when the deal is expected to close
     * @param closedAt when it entered a WON or LOST stage
     * @param lostReason why it was lost
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version for optimistic locking
     * @param companyId the company, if any
     */
    public Deal(
            long id,
            String title,
            @Nullable String description,
            Money value,
            long pipelineId,
            String status,
            @Nullable Long contactId,
            @Nullable LocalDate expectedCloseDate,
            @Nullable Instant closedAt,
            @Nullable String lostReason,
            Instant createdAt,
            Instant updatedAt,
            long version,
            @Nullable Long companyId) {
        this(
                id,
                title,
                description,
                value,
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
                CustomFieldValues.empty());
    }

    /**
     * {@return this deal with other custom field values; nothing else changes}
     *
     * @param customFields the values
     */
    public Deal withCustomFields(CustomFieldValues customFields) {
        return new Deal(
                id,
                title,
                description,
                value,
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

    /**
     * A deal with no company.
     *
     * @param id database-issued id
     * @param title the title
     * @param description the description
     * @param value what the deal is worth
     * @param pipelineId the pipeline
     * @param status the stage key
     * @param contactId the contact, if any
     * @param expectedCloseDate when the deal is expected to close
     * @param closedAt when it entered a WON or LOST stage
     * @param lostReason why it was lost
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version for optimistic locking
     */
    public Deal(
            long id,
            String title,
            @Nullable String description,
            Money value,
            long pipelineId,
            String status,
            @Nullable Long contactId,
            @Nullable LocalDate expectedCloseDate,
            @Nullable Instant closedAt,
            @Nullable String lostReason,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this(
                id,
                title,
                description,
                value,
                pipelineId,
                status,
                contactId,
                expectedCloseDate,
                closedAt,
                lostReason,
                createdAt,
                updatedAt,
                version,
                null);
    }

    /**
     * {@return this deal linked to another company, or to none; nothing else changes}
     *
     * @param companyId the company's id, or {@code null} for none
     */
    public Deal withCompanyId(@Nullable Long companyId) {
        return new Deal(
                id,
                title,
                description,
                value,
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

    /**
     * {@return this deal linked to another contact, or to none; nothing else changes}
     *
     * @param contactId the contact's id, or {@code null} for none
     */
    public Deal withContactId(@Nullable Long contactId) {
        return new Deal(
                id,
                title,
                description,
                value,
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

    /**
     * {@return this deal with another {@code updatedAt}; nothing else changes}
     *
     * @param updatedAt the new {@code updatedAt}
     */
    public Deal withUpdatedAt(Instant updatedAt) {
        return new Deal(
                id,
                title,
                description,
                value,
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

    /** {@return true once the deal has reached a WON or LOST stage} */
    public boolean isClosed() {
        return closedAt != null;
    }

    /**
     * What the search matches of a deal: its title, lower-cased in Java so that every database
     * matches the same way. Adapters store it in the {@code search_title} column.
     *
     * @return the title, lower-cased
     */
    public String searchTitle() {
        return title.toLowerCase(Locale.ROOT);
    }

    /**
     * The same deal as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public Deal withIdentity(long id, long version) {
        return new Deal(
                id,
                title,
                description,
                value,
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
