package dev.crmkit.core.deal;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.service.DealService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The command to create a deal. Build it with {@link #builder(String)}.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule it can check alone; rules involving stored data (the stage exists, the contact exists) are
 * checked by {@link DealService}.
 *
 * @param amount the value; {@code null} means 0; at most the currency's decimal places
 * @param currency ISO 4217 code; {@code null} means the {@link dev.crmkit.core.Crm}'s default currency
 * @param pipelineId {@code null} means the oldest pipeline
 * @param status a stage key of the pipeline; {@code null} means its first open stage
 * @param contactId the contact the deal is with, if any; must exist
 * @param lostReason only when {@code status} is a LOST stage
 * @param companyId the company the deal is with, if any; must exist
 */
public record NewDeal(
        String title,
        @Nullable String description,
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable Long pipelineId,
        @Nullable String status,
        @Nullable Long contactId,
        @Nullable LocalDate expectedCloseDate,
        @Nullable String lostReason,
        @Nullable Long companyId) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param title the title
     * @param description the description
     * @param amount the value; {@code null} means 0; at most the currency's decimal places
     * @param currency ISO 4217 code; {@code null} means the {@link dev.crmkit.core.Crm}'s default currency
     * @param pipelineId {@code null} means the oldest pipeline
     * @param status a stage key of the pipeline; {@code null} means its first open stage
     * @param contactId the contact the deal is with, if any; must exist
     * @param expectedCloseDate the expected close date
     * @param lostReason only when {@code status} is a LOST stage
     * @param companyId the company the deal is with, if any; must exist
     */
    public NewDeal {
        FieldErrors errors = new FieldErrors();
        title = errors.requiredText("title", title, Deal.TITLE_MAX);
        description = errors.optionalText("description", description, Deal.DESCRIPTION_MAX);
        amount = DealRules.amount(errors, amount == null ? BigDecimal.ZERO : amount);
        currency = errors.currency("currency", currency);
        DealRules.positiveId(errors, "pipelineId", pipelineId);
        status = status == null ? null : errors.requiredText("status", status.toLowerCase(Locale.ROOT), Stage.KEY_MAX);
        DealRules.positiveId(errors, "contactId", contactId);
        expectedCloseDate = errors.date("expectedCloseDate", expectedCloseDate);
        lostReason = errors.optionalText("lostReason", lostReason, Deal.LOST_REASON_MAX);
        DealRules.positiveId(errors, "companyId", companyId);
        errors.throwIfAny();
    }

    /**
     * A deal with no company.
     *
     * @param title the title
     * @param description the description
     * @param amount the value; {@code null} means 0
     * @param currency ISO 4217 code; {@code null} means the default currency
     * @param pipelineId {@code null} means the oldest pipeline
     * @param status a stage key; {@code null} means the first open stage
     * @param contactId the contact, if any
     * @param expectedCloseDate the expected close date
     * @param lostReason only for a LOST stage
     */
    public NewDeal(
            String title,
            @Nullable String description,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable Long pipelineId,
            @Nullable String status,
            @Nullable Long contactId,
            @Nullable LocalDate expectedCloseDate,
            @Nullable String lostReason) {
        this(title, description, amount, currency, pipelineId, status, contactId, expectedCloseDate, lostReason, null);
    }

    /**
     * Starts a builder.
     *
     * @param title the title, not blank
     * @return a new builder
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Builds a {@link NewDeal}; every field not given takes its default. */
    public static final class Builder {
        private final String title;
        private @Nullable String description;
        private @Nullable BigDecimal amount;
        private @Nullable String currency;
        private @Nullable Long pipelineId;
        private @Nullable String status;
        private @Nullable Long contactId;
        private @Nullable LocalDate expectedCloseDate;
        private @Nullable String lostReason;
        private @Nullable Long companyId;

        private Builder(String title) {
            this.title = title;
        }

        /**
         * Sets the company.
         *
         * @param value the company's id, or {@code null} for none
         * @return this builder
         */
        public Builder companyId(@Nullable Long value) {
            companyId = value;
            return this;
        }

        /**
         * Sets the description; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            description = value;
            return this;
        }

        /**
         * The value in the deal's currency.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder amount(@Nullable BigDecimal value) {
            amount = value;
            return this;
        }

        /**
         * The value as a decimal string such as {@code "1250.00"}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder amount(String value) {
            amount = Money.parseAmount(value);
            return this;
        }

        /**
         * Sets the currency; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder currency(@Nullable String value) {
            currency = value;
            return this;
        }

        /**
         * Amount and currency at once.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder value(Money value) {
            amount = value.amount();
            currency = value.currency().getCurrencyCode();
            return this;
        }

        /**
         * Sets the pipeline id; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder pipelineId(@Nullable Long value) {
            pipelineId = value;
            return this;
        }

        /**
         * Sets the status; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder status(@Nullable String value) {
            status = value;
            return this;
        }

        /**
         * Sets the contact id; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder contactId(@Nullable Long value) {
            contactId = value;
            return this;
        }

        /**
         * Sets the expected close date; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder expectedCloseDate(@Nullable LocalDate value) {
            expectedCloseDate = value;
            return this;
        }

        /**
         * Sets the lost reason; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder lostReason(@Nullable String value) {
            lostReason = value;
            return this;
        }

        /**
         * Builds the command, checking every field.
         *
         * @return the new deal
         */
        public NewDeal build() {
            return new NewDeal(
                    title,
                    description,
                    amount,
                    currency,
                    pipelineId,
                    status,
                    contactId,
                    expectedCloseDate,
                    lostReason,
                    companyId);
        }
    }
}
