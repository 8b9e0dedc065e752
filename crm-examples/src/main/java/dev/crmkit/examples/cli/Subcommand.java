package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.query.Page;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ParentCommand;

/**
 * A subcommand of {@code crm}: picocli injects the root command, which holds the shared options,
 * the output and the {@code Crm} the subcommand works on.
 */
abstract class Subcommand {

    @ParentCommand
    private @Nullable CrmCommand root;

    /** {@return the root command picocli injected} */
    final CrmCommand root() {
        if (root == null) {
            throw new IllegalStateException("picocli injects the parent command");
        }
        return root;
    }

    /** Deletes one record by its id. */
    @FunctionalInterface
    interface Delete {
        /** Deletes record {@code id}; throws what the service throws. */
        void run(Crm crm, long id);
    }

    /**
     * The {@code delete} subcommands' run: refuses without {@code --yes}, deletes, then says
     * {@code deleted <what> <id>}.
     *
     * @param what the record in the messages, {@code custom field}
     */
    final int delete(String what, DeleteOptions options, Delete delete) {
        long id = options.id;
        Patches.requireYes(options.yes, what + " " + id);
        return root().withCrm(crm -> {
            delete.run(crm, id);
            root().output().message("deleted " + what + " " + id);
        });
    }

    /**
     * The run of a subcommand that shows one record: {@code show} reads or writes it on the CRM
     * and returns it as the fields to print.
     */
    final int printRecord(Function<Crm, Map<String, @Nullable Object>> show) {
        return root().withCrm(crm -> root().output().record(show.apply(crm)));
    }

    /** The {@code list} subcommands' run: {@code find} reads a page of records, printed as by {@link #printPage}. */
    final <T> int printList(
            Function<Crm, Page<T>> find, Function<T, Map<String, @Nullable Object>> view, List<String> columns) {
        return root().withCrm(crm -> printPage(find.apply(crm), view, columns));
    }

    /** Prints a page of records as a list, each shown by {@code view}, with the page's cursor and total. */
    final <T> void printPage(Page<T> found, Function<T, Map<String, @Nullable Object>> view, List<String> columns) {
        root().output()
                .list(
                        found.items().stream().map(view).toList(),
                        columns,
                        found.nextCursor().orElse(null),
                        found.total().isPresent() ? found.total().getAsLong() : null);
    }
}
