package dev.crmkit.examples.cli;

import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.query.SortField;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --sort}, {@code --limit}, {@code --cursor} and {@code --total} of every list command. An unknown sort key
 * or a limit out of range is a {@link UsageException} (exit 2), like a value of the wrong type.
 */
final class PageOptions {

    @Option(
            names = "--sort",
            paramLabel = "<field>",
            description = "sort field, '-' first for descending (e.g. -created_at)")
    @Nullable
    String sort;

    @Option(names = "--limit", defaultValue = "20", description = "rows per page, 1-500 (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(names = "--cursor", description = "continue after the page that printed this cursor")
    @Nullable
    String cursor;

    @Option(names = "--total", description = "also count all matches")
    boolean total;

    <S extends Enum<S> & SortField<?>> PageRequest<S> request(Class<S> type, S fallback) {
        S field = fallback;
        SortDirection direction = SortDirection.ASC;
        if (sort != null && !sort.isBlank()) {
            direction = sort.startsWith("-") ? SortDirection.DESC : SortDirection.ASC;
            String key = sort.replaceFirst("^[-+]", "");
            field = Arrays.stream(type.getEnumConstants())
                    .filter(value -> value.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("--sort must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(SortField::key)
                                    .collect(Collectors.joining(", "))
                            + ", not '" + sort + "'"));
        }
        if (limit < PageRequest.MIN_LIMIT || limit > PageRequest.MAX_LIMIT) {
            // Checked here, as picocli checks the type: a page size the CRM cannot serve is a usage error.
            throw new UsageException("--limit must be between " + PageRequest.MIN_LIMIT + " and "
                    + PageRequest.MAX_LIMIT + ", not " + limit);
        }
        return new PageRequest<>(field, direction, limit, cursor, total);
    }
}
