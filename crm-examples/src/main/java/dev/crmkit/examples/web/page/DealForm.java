package dev.crmkit.examples.web.page;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.FieldErrors;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The deal edit form as posted: text as typed, so that a form shown again after an error keeps
 * the input. {@code stage} is {@code <pipelineId>/<stageKey>}: one picker chooses both, grouped by
 * pipeline, so that a pipeline never gets paired with a stage it lacks. Error fields are crm-core's
 * ({@code pipelineId} and {@code status} are shown at the stage picker).
 */
record DealForm(
        @Nullable String title,
        @Nullable String description,
        @Nullable String amount,
        @Nullable String currency,
        @Nullable String stage,
        @Nullable String contactId,
        @Nullable String expectedCloseDate,
        @Nullable String lostReason,
        @Nullable Long version) {

    static DealForm of(Deal deal) {
        return new DealForm(
                deal.title(),
                deal.description(),
                deal.value().amount().toPlainString(),
                deal.value().currency().getCurrencyCode(),
                deal.pipelineId() + "/" + deal.status(),
                FormFields.shown(deal.contactId()),
                FormFields.shown(deal.expectedCloseDate()),
                deal.lostReason(),
                deal.version());
    }

    /** {@return the chosen contact's id, for the picker; {@code null} for none or garbage} */
    @Nullable
    Long chosenContact() {
        return FormFields.id(new FieldErrors(), "contactId", contactId);
    }

    /**
     * Every field is replaced: the form always shows them all.
     *
     * @throws dev.crmkit.core.kernel.ValidationException naming every field that does not parse,
     *     with the command's own errors
     */
    DealUpdate toUpdate() {
        FieldErrors errors = new FieldErrors();
        DealUpdate.Builder update = DealUpdate.builder()
                .title(title == null ? "" : title)
                .description(description)
                .currency(currency == null ? "" : currency)
                .lostReason(lostReason);
        BigDecimal value = FormFields.amount(errors, "amount", amount);
        if (value != null) {
            update.amount(value);
        }
        stage(errors, update);
        Long contact = FormFields.id(errors, "contactId", contactId);
        update.contactId(contact);
        FormFields.replaceDate(errors, "expectedCloseDate", expectedCloseDate, update::expectedCloseDate);
        if (version != null) {
            update.expectedVersion(version);
        }
        return FormFields.build(errors, update::build);
    }

    private void stage(FieldErrors errors, DealUpdate.Builder update) {
        String chosen = FormFields.blankToNull(stage);
        int slash = chosen == null ? -1 : chosen.indexOf('/');
        if (chosen == null || slash < 0) {
            errors.add("status", "must be one of the stages offered");
            return;
        }
        Long pipeline = FormFields.id(errors, "status", chosen.substring(0, slash));
        if (pipeline != null) {
            update.pipelineId(pipeline).status(chosen.substring(slash + 1));
        }
    }
}
