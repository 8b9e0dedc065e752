package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.ChangeSet;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crm change-sets show|undo ID}: the changes of an agent turn or an import, and their undo. */
@Command(
        name = "change-sets",
        description = "Show or undo a change set: the changes of one agent turn, one import or one undo.")
final class ChangeSetsCommand extends Subcommand {

    @Command(name = "show", aliases = "get", description = "Show a change set's changes, oldest first.")
    int show(@Parameters(paramLabel = "<id>", description = "the change set's id") String id) {
        return print(crm -> crm.changeSets().get(id));
    }

    @Command(
            name = "undo",
            description =
                    "Revert every change of a change set at once; refused, listing them, when records changed since,"
                            + " or saying so when it was undone already.")
    int undo(@Parameters(paramLabel = "<id>", description = "the change set's id") String id) {
        return print(crm -> crm.changeSets().undo(id));
    }

    private int print(Function<Crm, ChangeSet> action) {
        CrmCommand parent = root();
        return parent.withCrm(crm -> {
            ChangeSet set = action.apply(crm);
            parent.output()
                    .fullList(
                            "change set " + set.id() + " by " + set.actor().describe(),
                            set.entries().stream().map(HistoryCommand::view).toList(),
                            HistoryCommand.COLUMNS);
        });
    }
}
