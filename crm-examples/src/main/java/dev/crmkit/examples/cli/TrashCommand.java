package dev.crmkit.examples.cli;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashKind;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm trash list|restore|purge}: the deleted contacts, companies, deals, tasks and pipelines. */
@Command(
        name = "trash",
        description = "List, restore and purge deleted contacts, companies, deals, tasks and pipelines.")
final class TrashCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("kind", "id", "label", "deleted_at");

    @Command(name = "list", description = "List the trash, newest deletion first.")
    int list(
            @Option(names = "--kind", description = "only contact, company, deal, task or pipeline") @Nullable
                    String kind,
            @Option(names = "--limit", defaultValue = "20", description = "rows per page, 1-500 (default: 20)")
                    int limit,
            @Option(names = "--cursor", description = "continue after the page that printed this cursor") @Nullable
                    String cursor) {
        return printList(
                crm -> crm.trash().list(kind == null ? null : kind(kind, "kind"), cursor, limit),
                TrashCommand::view,
                COLUMNS);
    }

    @Command(name = "restore", description = "Restore a deleted record with its id and what its delete took along.")
    int restore(
            @Parameters(paramLabel = "<kind>", description = "contact, company, deal, task or pipeline") String kind,
            @Parameters(paramLabel = "<id>", description = "the deleted record's id") long id) {
        return root().withCrm(crm -> {
            TrashKind trashKind = kind(kind, KIND);
            CrmRecord restored = crm.trash().restore(trashKind, id);
            root().output().message("restored " + trashKind.code() + " " + restored.id());
        });
    }

    @Command(
            name = "purge",
            description = "Purge one deleted record for good, or every one deleted longer ago than --older-than.")
    int purge(
            @Parameters(paramLabel = "<kind>", arity = "0..1", description = "contact, company, deal, task or pipeline")
                    @Nullable
                    String kind,
            @Parameters(paramLabel = "<id>", arity = "0..1", description = "the deleted record's id") @Nullable Long id,
            @Option(names = "--older-than", paramLabel = "<age>", description = "e.g. 30d, 12h or P30D") @Nullable
                    String olderThan,
            @Option(names = "--yes", description = "really purge") boolean yes) {
        if ((kind == null || id == null) == (olderThan == null)) {
            throw new UsageException("give either <kind> <id> or --older-than <age>");
        }
        Patches.requireYes(yes, kind != null && id != null ? kind + " " + id + " from the trash" : "the trash");
        return root().withCrm(crm -> {
            if (olderThan != null) {
                int purged = crm.trash().purge(crm.clock().instant().minus(age(olderThan)));
                root().output().message("purged " + purged + " record(s) from the trash");
            } else {
                TrashKind trashKind = kind(kind, KIND);
                crm.trash().purge(trashKind, id);
                root().output().message("purged " + trashKind.code() + " " + id + " from the trash");
            }
        });
    }

    /** The kind, given as the {@code <kind>} parameter of restore and purge. */
    private static final String KIND = "<kind>";

    /** @param field how the user gave it: {@code kind} (the option {@code --kind}) or {@link #KIND} */
    private static TrashKind kind(String name, String field) {
        return TrashKind.of(name)
                .orElseThrow(() -> new UsageException(UserErrors.option(field)
                        + " must be one of contact, company, deal, task, pipeline, not '" + name + "'"));
    }

    /** {@code 30d}, {@code 12h}, {@code 45m} or an ISO-8601 duration. */
    static Duration age(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration age;
            if (value.matches("\\d{1,6}[dhm]")) {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                age = switch (value.charAt(value.length() - 1)) {
                    case 'd' -> Duration.ofDays(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofMinutes(amount);
                };
            } else {
                age = Duration.parse(text.strip());
            }
            if (age.isNegative()) {
                throw new UsageException("--older-than must not be negative, not '" + text + "'");
            }
            return age;
        } catch (DateTimeParseException e) {
            throw new UsageException("--older-than must be like 30d, 12h, 45m or P30D, not '" + text + "'");
        }
    }

    private static Map<String, @Nullable Object> view(TrashEntry entry) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("kind", entry.kind().code());
        m.put("id", entry.recordId());
        m.put("label", entry.label());
        m.put("deleted_at", entry.deletedAt().toString());
        m.put("deleted_by", entry.deletedBy());
        return m;
    }
}
