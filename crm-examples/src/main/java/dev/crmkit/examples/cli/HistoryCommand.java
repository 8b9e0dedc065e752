package dev.crmkit.examples.cli;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.query.Page;
import dev.crmkit.examples.AuditChanges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm history contact|company|deal|task|pipeline|activity ID}: who changed what, newest first. */
@Command(
        name = "history",
        description = "Show a record's changes, newest first: who, when, and each field's old and new value.")
final class HistoryCommand extends Subcommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("id", "at", "action", "entity", "actor", "change_set", "changes");

    @Option(names = "--limit", defaultValue = "20", description = "entries per page, 1-200 (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(names = "--cursor", description = "continue after the page that printed this cursor")
    @Nullable
    String cursor;

    @Parameters(
            index = "0",
            paramLabel = "<entity>",
            description = "contact, company, deal, task, pipeline or activity")
    String entity = "";

    @Parameters(index = "1", paramLabel = "<id>", description = "the record's id")
    long id;

    /** Prints one page of the history. */
    @Override
    public Integer call() {
        CrmCommand parent = root();
        return parent.withCrm(crm -> {
            Page<AuditEntry> page = UserErrors.naming(
                    Map.of("kind", "<entity>"),
                    () -> crm.audit().history(entity.toLowerCase(Locale.ROOT), id, cursor, limit));
            parent.output()
                    .list(
                            page.items().stream().map(HistoryCommand::view).toList(),
                            COLUMNS,
                            page.nextCursor().orElse(null),
                            null);
        });
    }

    static Map<String, @Nullable Object> view(AuditEntry entry) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", entry.id());
        m.put("at", entry.at().toString());
        m.put("action", entry.action().name().toLowerCase(Locale.ROOT));
        m.put("entity", entry.entity() + " " + entry.entityId());
        m.put("actor", entry.actor().describe());
        m.put("change_set", entry.changeSetId().orElse(null));
        m.put("changes", new Changes(AuditChanges.of(entry)));
        return m;
    }

    /**
     * An entry's changes, named and valued as the REST API's history names them: in a table
     * {@code first_name: - -> Ada; last_name: - -> Lovelace}, in JSON a list of
     * {@code {"field", "old", "new"}}.
     */
    record Changes(List<AuditChanges.Change> changes) {

        @JsonValue
        List<Map<String, @Nullable String>> json() {
            return changes.stream()
                    .map(change -> {
                        Map<String, @Nullable String> m = new LinkedHashMap<>();
                        m.put("field", change.field());
                        m.put("old", change.oldValue());
                        m.put("new", change.newValue());
                        return m;
                    })
                    .toList();
        }

        @Override
        public String toString() {
            return changes.stream()
                    .map(change -> change.field() + ": " + Objects.requireNonNullElse(change.oldValue(), "-") + " -> "
                            + Objects.requireNonNullElse(change.newValue(), "-"))
                    .collect(Collectors.joining("; "));
        }
    }
}
