package dev.crmkit.examples.cli;

import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.tag.TaggableKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm deals add|list|show|update|delete}. */
@Command(name = "deals", description = "Manage deals; move one with update --status.", mixinStandardHelpOptions = true)
final class DealsCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of(
            "id", "title", "amount", "currency", "pipeline_id", "status", "contact_id", "expected_close_date", "tags");

    @Command(
            name = "add",
            description = "Add a deal; without --pipeline-id to the oldest pipeline, in its first open stage.")
    int add(
            @Option(names = "--title", required = true) String title,
            @Option(names = "--description") @Nullable String description,
            @Option(names = "--amount", description = "e.g. 1250.00") @Nullable BigDecimal amount,
            @Option(names = "--currency", description = "ISO 4217, e.g. EUR (default USD)") @Nullable String currency,
            @Option(names = "--pipeline-id") @Nullable Long pipelineId,
            @Option(names = "--status", description = "a stage key of the pipeline") @Nullable String status,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--expected-close-date", paramLabel = "<yyyy-mm-dd>") @Nullable LocalDate closeDate,
            @Option(names = "--lost-reason") @Nullable String lostReason,
            @Option(names = "--company-id") @Nullable Long companyId,
            @Mixin TagOptions.Given tags) {
        return createTagged(
                TaggableKind.DEAL,
                tags,
                crm -> crm.deals()
                        .create(new NewDeal(
                                title,
                                description,
                                amount,
                                currency,
                                pipelineId,
                                status,
                                contactId,
                                closeDate,
                                lostReason,
                                companyId)),
                Views::deal);
    }

    @Command(name = "list", description = "List deals; every filter given must match.")
    int list(
            @Option(names = "--pipeline-id") @Nullable Long pipelineId,
            @Option(names = "--status") @Nullable String status,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--min-amount") @Nullable BigDecimal minAmount,
            @Option(names = "--max-amount") @Nullable BigDecimal maxAmount,
            @Option(names = "--currency") @Nullable String currency,
            @Option(names = "--outcome", description = "${COMPLETION-CANDIDATES}") @Nullable StageOutcome outcome,
            @Mixin TagOptions.Filter tags,
            @Mixin PageOptions page) {
        return listTagged(
                TaggableKind.DEAL,
                crm -> crm.deals()
                        .find(new DealQuery(
                                        pipelineId,
                                        status,
                                        contactId,
                                        minAmount,
                                        maxAmount,
                                        currency,
                                        outcome,
                                        page.request(DealSort.class, DealSort.ID))
                                .withTags(tags.names())),
                Views::deal,
                COLUMNS);
    }

    @Command(name = "show", description = "Show one deal.")
    int show(@Parameters(paramLabel = "<id>") long id) {
        return showTagged(TaggableKind.DEAL, crm -> crm.deals().getById(id), Views::deal);
    }

    @Command(name = "update", description = "Change the fields given; an empty value clears an optional one.")
    int update(
            @Parameters(paramLabel = "<id>") long id,
            @Option(names = "--title") @Nullable String title,
            @Option(names = "--description") @Nullable String description,
            @Option(names = "--amount") @Nullable BigDecimal amount,
            @Option(names = "--currency") @Nullable String currency,
            @Option(names = "--pipeline-id") @Nullable Long pipelineId,
            @Option(names = "--status", description = "move the deal to this stage") @Nullable String status,
            @Option(names = "--contact-id", description = "0 detaches the contact") @Nullable Long contactId,
            @Option(names = "--expected-close-date", paramLabel = "<yyyy-mm-dd>") @Nullable LocalDate closeDate,
            @Option(names = "--lost-reason") @Nullable String lostReason,
            @Option(names = "--company-id", description = "0 detaches the company") @Nullable Long companyId) {
        DealUpdate update = new DealUpdate(
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
        return printRecord(crm -> Views.deal(crm.deals().update(id, update)));
    }

    @Command(name = "delete", description = "Delete a deal; its tasks stay, without a deal.")
    int delete(@Mixin DeleteOptions options) {
        return delete("deal", options, (crm, id) -> crm.deals().deleteById(id));
    }
}
