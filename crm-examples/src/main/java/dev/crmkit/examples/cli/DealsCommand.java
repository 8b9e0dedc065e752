package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm deals add|list|show|update|delete}. */
@Command(name = "deals", description = "Manage deals; move one with update --status.")
final class DealsCommand extends TaggedRecordCommand<Deal, NewDeal, DealUpdate, DealQuery> {

    private static final List<String> COLUMNS = List.of(
            "id", "title", "amount", "currency", "pipeline_id", "status", "contact_id", "expected_close_date", "tags");

    DealsCommand() {
        super(new Records<>("deal", TaggableKind.DEAL, Crm::deals, Views::deal, COLUMNS));
    }

    @Command(
            name = "add",
            aliases = "create",
            description = "Add a deal; without --pipeline-id to the oldest pipeline, in its first open stage.")
    int add(@Mixin DealOptions.Add deal, @Mixin TagOptions.Given tags) {
        return created(tags, deal::command);
    }

    @Command(name = "list", description = "List deals; every filter given must match.")
    int list(@Mixin DealOptions.Filter filter, @Mixin PageOptions page) {
        return listed(() -> filter.query(page.request(DealSort.class, DealSort.ID)));
    }

    @Command(name = "show", aliases = "get", description = "Show one deal.")
    int show(@Parameters(paramLabel = "<id>", description = "the deal's id") long id) {
        return shown(id);
    }

    @Command(name = "update", description = "Change the fields given; an empty value clears an optional one.")
    int update(
            @Parameters(paramLabel = "<id>", description = "the deal's id") long id, @Mixin DealOptions.Update deal) {
        // checked before the database is opened
        DealUpdate update = deal.command();
        return updated(id, () -> update);
    }

    @Command(name = "delete", description = "Delete a deal; its tasks stay, without a deal.")
    int delete(@Mixin DeleteOptions options) {
        return deleted(options);
    }
}
