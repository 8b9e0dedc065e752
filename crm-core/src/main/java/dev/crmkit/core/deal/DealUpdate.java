package dev.crmkit.core.deal;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.VersionedUpdate;
import dev.crmkit.core.pipeline.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command to change some fields of a deal; every field left {@link Patch#unchanged()} keeps
 * its value. Title, amount, currency, pipeline and status can be set but not cleared. Moving the
 * deal to another pipeline re-checks its status against the new pipeline's stages.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule it can check alone.
 *
 * @param contactId clear to detach the deal from its contact
 * @param lostReason only while the deal is (or moves to) a LOST stage; cleared automatically when it leaves one
 * @param expectedVersion the version the caller read; when given and stale the update is refused
 * @param companyId links the deal to a company, or clears the link
 */
public record DealUpdate(
        Patch<String> title,
        Patch<String> description,
        Patch<BigDecimal> amount,
        Patch<String> currency,
        Patch<Long> pipelineId,
        Patch<String> status,
        Patch<Long> contactId,
        Patch<LocalDate> expectedCloseDate,
        Patch<String> lostReason,
        @Nullable Long expectedVersion,
        Patch<Long> companyId)
        implements VersionedUpdate {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param title the title
     * @param description the description
     * @param amount the amount
     * @param currency the currency
     * @param pipelineId the pipeline id
     * @param status the status
     * @param contactId clear to detach the deal from its contact
     * @param expectedCloseDate the expected close date
     * @param lostReason only while the deal is (or moves to) a LOST stage; cleared automatically when it leaves one
     * @param expectedVersion the version the caller read; when given and stale the update is refused
     * @param companyId links the deal to a company, or clears the link
     */
    public DealUpdate {
        FieldErrors errors = new FieldErrors();
        title = errors.requiredText("title", Objects.requireNonNull(title), Deal.TITLE_MAX);
        description = errors.optionalText("description", Objects.requireNonNull(description), Deal.DESCRIPTION_MAX);
        required(errors, "amount", Objects.requireNonNull(amount));
        amount = amount.map(value -> DealRules.amount(errors, value));
        required(errors, "currency", Objects.requireNonNull(currency));
        currency = currency.map(code -> errors.currency("currency", code));
        required(errors, "pipelineId", Objects.requireNonNull(pipelineId));
        DealRules.positiveId(errors, "pipelineId", pipelineId.applyTo(null));
        status = errors.requiredText(
                "status", Objects.requireNonNull(status).map(s -> s.toLowerCase(Locale.ROOT)), Stage.KEY_MAX);
        DealRules.positiveId(
                errors, "contactId", Objects.requireNonNull(contactId).applyTo(null));
        expectedCloseDate = errors.date("expectedCloseDate", Objects.requireNonNull(expectedCloseDate));
        lostReason = errors.optionalText("lostReason", Objects.requireNonNull(lostReason), Deal.LOST_REASON_MAX);
        DealRules.positiveId(
                errors, "companyId", Objects.requireNonNull(companyId).applyTo(null));
        errors.throwIfAny();
    }

    /**
     * An update that leaves the company link unchanged.
     *
     * @param title the title
     * @param description the description
     * @param amount the amount
     * @param currency the currency
     * @param pipelineId the pipeline id
     * @param status the status
     * @param contactId clear to detach the deal from its contact
     * @param expectedCloseDate the expected close date
     * @param lostReason the lost reason
     * @param expectedVersion the version the caller read, or {@code null}
     */
    public DealUpdate(
            Patch<String> title,
            Patch<String> description,
            Patch<BigDecimal> amount,
            Patch<String> currency,
            Patch<Long> pipelineId,
            Patch<String> status,
            Patch<Long> contactId,
            Patch<LocalDate> expectedCloseDate,
            Patch<String> lostReason,
            @Nullable Long expectedVersion) {
        this(
                title,
                description,
                amount,
                currency,
                pipelineId,
                status,
                contactId,
                expectedCloseDate,
                lostReason,
                expectedVersion,
                Patch.unchanged());
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static void required(FieldErrors errors, String field, Patch<?> patch) {
        if (patch instanceof Patch.Clear) {
            errors.add(field, "must not be empty");
        }
    }

    /** Builds a {@link DealUpdate}; every field not mentioned stays unchanged. */
    public static final class Builder {
        private Patch<Long> companyId = Patch.unchanged();
        private Patch<String> title = Patch.unchanged();
        private Patch<String> description = Patch.unchanged();
        private Patch<BigDecimal> amount = Patch.unchanged();
        private Patch<String> currency = Patch.unchanged();
        private Patch<Long> pipelineId = Patch.unchanged();
        private Patch<String> status = Patch.unchanged();
        private Patch<Long> contactId = Patch.unchanged();
        private Patch<LocalDate> expectedCloseDate = Patch.unchanged();
        private Patch<String> lostReason = Patch.unchanged();
        private @Nullable Long expectedVersion;

        private Builder() {}

        /**
         * Sets the title; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder title(@Nullable String value) {
            title = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the description, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            description = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the amount; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder amount(@Nullable BigDecimal value) {
            amount = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the currency; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder currency(@Nullable String value) {
            currency = Patch.setOrClear(value);
            return this;
        }

        /**
         * Amount and currency at once.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder value(Money value) {
            amount = Patch.set(value.amount());
            currency = Patch.set(value.currency().getCurrencyCode());
            return this;
        }

        /**
         * Moves the deal to another pipeline; its status must be a stage there (or set one).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder pipelineId(long value) {
            pipelineId = Patch.set(value);
            return this;
        }

        /**
         * Moves the deal to the stage with this key.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder status(@Nullable String value) {
            status = Patch.setOrClear(value);
            return this;
        }

        /**
         * Links the deal to a contact, or detaches it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder contactId(@Nullable Long value) {
            contactId = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the expected close date, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder expectedCloseDate(@Nullable LocalDate value) {
            expectedCloseDate = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the lost reason, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder lostReason(@Nullable String value) {
            lostReason = Patch.setOrClear(value);
            return this;
        }

        /**
         * Links the deal to a company, or clears the link when {@code null}.
         *
         * @param value the company's id
         * @return this builder
         */
        public Builder companyId(@Nullable Long value) {
            companyId = Patch.setOrClear(value);
            return this;
        }

        /**
         * Refuses the update unless the record is still at this version.
         *
         * @param version the version the caller read
         * @return this builder
         */
        public Builder expectedVersion(long version) {
            expectedVersion = version;
            return this;
        }

        /**
         * Builds the command, checking every field.
         *
         * @return the deal update
         */
        public DealUpdate build() {
            return new DealUpdate(
                    title,
                    description,
                    amount,
                    currency,
                    pipelineId,
                    status,
                    contactId,
                    expectedCloseDate,
                    lostReason,
                    expectedVersion,
                    companyId);
        }
    }
}
