package dev.crmkit.core.service;

import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The audit log, read: the history of a record and the writes of an actor, newest first, in
 * pages. Entries are written by the other services, in the transaction of each create, update and
 * delete of a contact, company, deal, task, pipeline or activity. Thread-safe.
 */
public final class AuditService extends TransactionalService {

    /** The kinds of record the audit log covers, as entries name them. */
    public static final Set<String> KINDS = Set.of("contact", "company", "deal", "task", "pipeline", "activity");

    /** Most entries in one page. */
    public static final int MAX_LIMIT = 200;

    // A cursor names the history or actor it pages ("a2:contact/7:155"), so one from another record's history
    // is refused rather than silently skipping this record's newer entries.
    private static final String CURSOR_PREFIX = "a2:";

    AuditService(Transactor transactor) {
        super(transactor);
    }

    /**
     * {@return one page of a record's history, newest first}
     *
     * @param kind the kind of record: {@code contact}, {@code company}, {@code deal}, {@code task},
     *     {@code pipeline} or {@code activity}
     * @param id the record's id; a deleted record keeps its history
     * @param cursor the previous page's {@link Page#nextCursor()}, or null for the first page
     * @param limit at most this many entries, 1 to {@value #MAX_LIMIT}
     * @throws ValidationException on {@code kind}, {@code cursor} or {@code limit}
     */
    public Page<AuditEntry> history(String kind, long id, @Nullable String cursor, int limit) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new ValidationException(
                    "kind",
                    "must be one of "
                            + String.join(", ", KINDS.stream().sorted().toList()));
        }
        String scope = kind + "/" + id;
        Long before = decode(scope, cursor);
        requireLimit(limit);
        return transactor.inTransaction(
                tx -> page(scope, tx.work().audit().byRecord(kind, id, before, limit + 1), limit));
    }

    /**
     * {@return one page of the writes an actor made, newest first}
     *
     * @param actor the actor: its kind and id are matched
     * @param cursor the previous page's {@link Page#nextCursor()}, or null for the first page
     * @param limit at most this many entries, 1 to {@value #MAX_LIMIT}
     * @throws ValidationException on {@code cursor} or {@code limit}
     */
    public Page<AuditEntry> byActor(Actor actor, @Nullable String cursor, int limit) {
        Objects.requireNonNull(actor, "actor");
        String scope = "actor:" + actor.kind() + "/" + actor.id();
        Long before = decode(scope, cursor);
        requireLimit(limit);
        return transactor.inTransaction(
                tx -> page(scope, tx.work().audit().byActor(actor.kind(), actor.id(), before, limit + 1), limit));
    }

    private static Page<AuditEntry> page(String scope, List<AuditEntry> fetched, int limit) {
        boolean more = fetched.size() > limit;
        List<AuditEntry> items = more ? fetched.subList(0, limit) : fetched;
        Optional<String> next =
                more ? Optional.of(encode(scope, items.get(items.size() - 1).id())) : Optional.empty();
        return new Page<>(items, next, OptionalLong.empty());
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    private static String encode(String scope, long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + scope + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable Long decode(String scope, @Nullable String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = plain.lastIndexOf(':');
            if (plain.startsWith(CURSOR_PREFIX) && colon > CURSOR_PREFIX.length()) {
                if (!plain.substring(CURSOR_PREFIX.length(), colon).equals(scope)) {
                    throw new ValidationException(
                            "cursor",
                            "belongs to the history of another record or actor; start again without a cursor");
                }
                long id = Long.parseLong(plain.substring(colon + 1));
                if (id > 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the validation error
        }
        throw new ValidationException("cursor", "is not a cursor returned by this query");
    }
}
