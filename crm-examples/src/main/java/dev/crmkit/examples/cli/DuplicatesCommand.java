package dev.crmkit.examples.cli;

import dev.crmkit.core.duplicate.DuplicateGroup;
import dev.crmkit.core.duplicate.DuplicatePage;
import dev.crmkit.core.duplicate.DuplicateQuery;
import dev.crmkit.core.duplicate.DuplicateReason;
import dev.crmkit.core.kernel.CrmRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crm duplicates contacts|companies}: groups of likely duplicates, a page at a time. */
@Command(
        name = "duplicates",
        description = "List likely duplicate contacts or companies, with a score and the reasons; merge them with"
                + " 'crm merge'.")
final class DuplicatesCommand extends Subcommand {

    /** {@code --cursor} and {@code --limit} of both lists. */
    static final class GroupPage {

        @Option(names = "--cursor", description = "continue after the page that printed this cursor")
        @Nullable
        String cursor;

        @Option(names = "--limit", description = "most groups, 1-100 (default: ${DEFAULT-VALUE})", defaultValue = "20")
        int limit;

        DuplicateQuery query(@Nullable String reason) {
            DuplicateReason only = reason == null
                    ? null
                    : DuplicateReason.ofCode(reason)
                            .orElseThrow(() -> new UsageException(
                                    "--reason must be one of " + DuplicateReason.codes() + ", not '" + reason + "'"));
            return new DuplicateQuery(only, cursor, limit);
        }

        /** Runs a list; crm-core's {@code after} is the cursor the user gave as {@code --cursor}. */
        <T> T find(Supplier<T> list) {
            return UserErrors.naming(Map.of("after", "cursor"), list);
        }
    }

    private static final List<String> COLUMNS = List.of("reason", "key", "score", "reasons", "size", "ids");

    @Command(
            name = "contacts",
            description = "Contacts with one email (ignoring case and a +tag), one phone"
                    + " (its last 10 digits), or a similar name at one company.")
    int contacts(
            @Option(names = "--reason", description = "same_email, same_phone or similar_name") @Nullable String reason,
            @Mixin GroupPage page) {
        return root().withCrm(crm -> print(page.find(() -> crm.duplicates().contacts(page.query(reason)))));
    }

    @Command(
            name = "companies",
            description = "Companies with a similar name (ignoring case, punctuation and a legal"
                    + " form such as Inc) or one phone.")
    int companies(
            @Option(names = "--reason", description = "similar_name or same_phone") @Nullable String reason,
            @Mixin GroupPage page) {
        return root().withCrm(crm -> print(page.find(() -> crm.duplicates().companies(page.query(reason)))));
    }

    private <T extends CrmRecord> void print(DuplicatePage<T> page) {
        root().output().list(page.groups().stream().map(DuplicatesCommand::view).toList(), COLUMNS, page.next(), null);
    }

    private static <T extends CrmRecord> Map<String, @Nullable Object> view(DuplicateGroup<T> group) {
        Map<String, @Nullable Object> view = new LinkedHashMap<>();
        view.put("reason", group.reason().code());
        view.put("key", group.key());
        view.put("score", group.score());
        view.put(
                "reasons",
                group.reasons().stream().sorted().map(DuplicateReason::code).collect(Collectors.joining(",")));
        view.put("size", group.size());
        view.put(
                "ids", group.records().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(" ")));
        return view;
    }
}
