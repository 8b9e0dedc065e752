package dev.crmkit.examples.cli;

import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm deals add|list|show|update|delete}. */
@Command(name = "deals", description = "Manage deals; move one with update --status.")
final class DealsCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of(
            "id", "title", "amount", "currency", "pipeline_id", "status", "contact_id", "expected_close_date", "tags");

    @Command(
            name = "add",
            description = "Add a deal; without --pipeline-id to the oldest pipeline, in its first open stage.")
    int add(@Mixin DealOptions.Add deal, @Mixin TagOptions.Given tags) {
        return createTagged(TaggableKind.DEAL, tags, crm -> crm.deals().create(deal.command()), Views::deal);
    }

    @Command(name = "list", description = "List deals; every filter given must match.")
    int list(@Mixin DealOptions.Filter filter) {
        return listTagged(TaggableKind.DEAL, crm -> crm.deals().find(filter.query()), Views::deal, COLUMNS);
    }

    @Command(name = "show", description = "Show one deal.")
    int show(@Parameters(paramLabel = "<id>") long id) {
        return showTagged(TaggableKind.DEAL, crm -> crm.deals().getById(id), Views::deal);
    }

    @Command(name = "update", description = "Change the fields given; an empty value clears an optional one.")
    int update(@Parameters(paramLabel = "<id>") long id, @Mixin DealOptions.Update deal) {
        DealUpdate update = deal.command();
        return printRecord(crm -> Views.deal(crm.deals().update(id, update)));
    }

    @Command(name = "delete", description = "Delete a deal; its tasks stay, without a deal.")
    int delete(@Mixin DeleteOptions options) {
        return delete("deal", options, (crm, id) -> crm.deals().deleteById(id));
    }
}
