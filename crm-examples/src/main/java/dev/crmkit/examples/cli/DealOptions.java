package dev.crmkit.examples.cli;

import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A deal's fields as the options of {@code crm deals}: the ones {@code add} and {@code update} take
 * alike are declared once, here; {@link Add} and {@link Update} add those they take their own way
 * (required or explained on add, {@code 0} detaches on update) and build crm-core's command.
 * {@link Filter} is the list's and the export's.
 */
class DealOptions {

    @Option(names = "--description", description = "free text")
    @Nullable
    String description;

    @Option(names = "--pipeline-id", description = "the pipeline's id (on add, default: the oldest pipeline)")
    @Nullable
    Long pipelineId;

    @Option(names = "--expected-close-date", paramLabel = "<yyyy-mm-dd>", description = "when the deal should close")
    @Nullable
    LocalDate closeDate;

    @Option(names = "--lost-reason", description = "why it was lost; only with a lost stage")
    @Nullable
    String lostReason;

    /** {@code deals add}: the title is required; what is not given, crm-core chooses. */
    static final class Add extends DealOptions {

        // picocli sets the required option before the command runs
        @Option(names = "--title", required = true, description = "what the deal is")
        String title = "";

        @Option(names = "--amount", description = "e.g. 1250.00")
        @Nullable
        BigDecimal amount;

        @Option(names = "--currency", description = "ISO 4217, e.g. EUR (default USD)")
        @Nullable
        String currency;

        @Option(names = "--status", description = "a stage key of the pipeline")
        @Nullable
        String status;

        @Option(names = "--contact-id", description = "the contact the deal is with")
        @Nullable
        Long contactId;

        @Option(names = "--company-id", description = "the company the deal is with")
        @Nullable
        Long companyId;

        NewDeal command() {
            return new NewDeal(
                    title,
                    description,
                    amount,
                    currency,
                    pipelineId,
                    status,
                    contactId,
                    closeDate,
                    lostReason,
                    companyId);
        }
    }

    /** {@code deals update}: an option not given leaves its field, an empty value clears an optional one. */
    static final class Update extends DealOptions {

        @Option(names = "--title", description = "what the deal is")
        @Nullable
        String title;

        @Option(names = "--amount", description = "amount in the deal's currency, e.g. 1250.00")
        @Nullable
        BigDecimal amount;

        @Option(names = "--currency", description = "ISO 4217, e.g. EUR")
        @Nullable
        String currency;

        @Option(names = "--status", description = "move the deal to this stage")
        @Nullable
        String status;

        @Option(names = "--contact-id", description = "0 detaches the contact")
        @Nullable
        Long contactId;

        @Option(names = "--company-id", description = "0 detaches the company")
        @Nullable
        Long companyId;

        DealUpdate command() {
            return new DealUpdate(
                    Patches.of(title),
                    Patches.of(description),
                    Patches.ofValue(amount),
                    Patches.of(currency),
                    Patches.ofValue(pipelineId),
                    Patches.of(status),
                    Patches.id(contactId),
                    Patches.ofValue(closeDate),
                    Patches.of(lostReason),
                    null,
                    Patches.id(companyId));
        }
    }

    /** The filters and tags of {@code deals list} and {@code export deals}, every one given must match; the list adds the page. */
    static final class Filter {

        @Option(names = "--pipeline-id", description = "only deals of this pipeline")
        @Nullable
        Long pipelineId;

        @Option(names = "--status", description = "only deals in the stage with this key")
        @Nullable
        String status;

        @Option(names = "--contact-id", description = "only deals with this contact")
        @Nullable
        Long contactId;

        @Option(names = "--min-amount", description = "only deals of at least this amount, in any currency")
        @Nullable
        BigDecimal minAmount;

        @Option(names = "--max-amount", description = "only deals of at most this amount, in any currency")
        @Nullable
        BigDecimal maxAmount;

        @Option(names = "--currency", description = "only deals in this currency, ISO 4217, e.g. EUR")
        @Nullable
        String currency;

        @Option(
                names = "--outcome",
                completionCandidates = EnumKeys.Outcomes.class,
                description = "${COMPLETION-CANDIDATES}")
        @Nullable
        StageOutcome outcome;

        @Mixin
        TagOptions.Filter tags = new TagOptions.Filter();

        DealQuery query(PageRequest<DealSort> page) {
            return new DealQuery(pipelineId, status, contactId, minAmount, maxAmount, currency, outcome, page)
                    .withTags(tags.names());
        }
    }
}
