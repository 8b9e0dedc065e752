package dev.crmkit.examples.web.api;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of a newest-first feed (a record's timeline or change history, the trash) a request asks for, from
 * its {@code cursor} and {@code limit} query parameters; the service checks them.
 *
 * @param cursor the previous page's {@code next_cursor}; null for the first page
 * @param limit at most this many entries (default 50)
 */
record FeedPage(@Nullable String cursor, int limit) {

    /** Resolves a {@code FeedPage} parameter. Stateless and thread-safe. */
    static final class Resolver extends QueryParameterGroup<FeedPage> {

        Resolver() {
            super(FeedPage.class);
        }

        @Override
        FeedPage resolve(MethodParameter parameter, @Nullable Object[] values) {
            return new FeedPage((String) values[0], (Integer) values[1]);
        }

        /** Declares the two parameters once, as each feed operation used to; never called. */
        @SuppressWarnings("unused")
        private static void template(
                @RequestParam(name = "cursor", required = false) @Nullable String cursor,
                @RequestParam(name = "limit", defaultValue = "50") int limit) {}
    }
}
