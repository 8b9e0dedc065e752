package dev.crmkit.examples.web.api;

import dev.crmkit.core.duplicate.DuplicateQuery;
import dev.crmkit.core.duplicate.DuplicateReason;
import dev.crmkit.core.kernel.ValidationException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Resolves a duplicate list's {@code DuplicateQuery} parameter from {@code reason} (a
 * {@link DuplicateReason} code; blank is every reason), {@code cursor} (blank is the first page)
 * and {@code limit} (default {@value DuplicateQuery#DEFAULT_LIMIT}); a bad reason is a
 * {@link ValidationException} naming it. Stateless and thread-safe.
 */
final class DuplicateQueryResolver extends QueryParameterGroup<DuplicateQuery> {

    DuplicateQueryResolver() {
        super(DuplicateQuery.class);
    }

    @Override
    DuplicateQuery resolve(MethodParameter parameter, @Nullable Object[] values) {
        String reason = (String) values[0];
        String cursor = (String) values[1];
        Integer limit = (Integer) values[2];
        DuplicateReason only = null;
        if (reason != null && !reason.isBlank()) {
            only = DuplicateReason.ofCode(reason)
                    .orElseThrow(() -> new ValidationException("reason", "must be one of " + DuplicateReason.codes()));
        }
        DuplicateReason reasonFilter = only;
        // crm-core names the cursor by its component, "after"; the client sent "cursor".
        return ListQueries.build(
                Map.of("after", "cursor"),
                () -> new DuplicateQuery(
                        reasonFilter,
                        cursor == null || cursor.isBlank() ? null : cursor,
                        limit == null ? DuplicateQuery.DEFAULT_LIMIT : limit));
    }

    /** Declares the three parameters once, as both list operations used to; never called. */
    @SuppressWarnings("unused")
    private static void template(
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor,
            @RequestParam(name = "limit", required = false) @Nullable Integer limit) {}
}
