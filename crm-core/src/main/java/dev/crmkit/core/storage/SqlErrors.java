package dev.crmkit.core.storage;

import dev.crmkit.core.ConflictException;
import dev.crmkit.core.CrmException;
import dev.crmkit.core.StorageException;
import dev.crmkit.core.StorageUnavailableException;
import dev.crmkit.core.ValidationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Translates a {@link SQLException} raised by a statement on the crmkit schema into the crmkit
 * hierarchy. Shared by every SQL adapter, because crm-core owns the schema and so knows what each
 * of its constraints means; adapters unwrap their framework's exception to the {@code
 * SQLException} and call {@link #translate(SQLException)}.
 *
 * <p>Most violations are caught earlier by the services; the constraints are the backstop for
 * races between transactions (two inserts of one email, a contact deleted while a deal is linked
 * to it), so their messages say so.
 */
public final class SqlErrors {

    private static final Set<String> UNIQUE_STATES = Set.of("23505");
    private static final Set<Integer> MARIADB_UNIQUE_CODES = Set.of(1062);
    private static final Set<String> FOREIGN_KEY_STATES = Set.of("23503", "23506");
    private static final Set<Integer> MARIADB_FOREIGN_KEY_CODES = Set.of(1451, 1452);
    private static final Set<String> CHECK_STATES = Set.of("23513", "23514");
    private static final Set<Integer> MARIADB_CHECK_CODES = Set.of(4025);
    /** Deadlock, serialization failure, lock timeout, H2's concurrent update. */
    private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01", "HYT00", "55P03");
    private static final Set<Integer> CONCURRENCY_CODES = Set.of(1205, 1213, 50200, 90131);

    private record Meaning(String field, String message) {}

    /** Constraint name (as written in the migrations, lower case) → what breaking it means. */
    private static final Map<String, Meaning> CONSTRAINTS = Map.of(
            "uq_contact_email", new Meaning("email", "is already used by another contact"),
            "fk_deal_pipeline", new Meaning("pipelineId", "refers to a pipeline that does not exist or still holds deals"),
            "fk_deal_stage", new Meaning("status", "refers to a stage that was removed, or a stage still holding deals"),
            "fk_deal_contact", new Meaning("contactId", "refers to a contact that was deleted meanwhile"),
            "fk_task_contact", new Meaning("contactId", "refers to a contact that was deleted meanwhile"),
            "fk_task_deal", new Meaning("dealId", "refers to a deal that was deleted meanwhile"),
            "fk_stage_pipeline", new Meaning("pipelineId", "refers to a pipeline that was deleted meanwhile"));

    private SqlErrors() {}

    /**
     * @param e the exception the JDBC driver raised (wrapped ones are searched for the most
     *     specific SQL state)
     * @return the exception to throw: {@link ConflictException} for unique and foreign-key
     *     violations and aborted concurrent transactions, {@link ValidationException} for check
     *     violations, {@link StorageUnavailableException} when the database cannot be reached
     *     (see {@link #isConnectionFailure(SQLException)}), {@link StorageException} otherwise
     */
    public static CrmException translate(SQLException e) {
        if (isConnectionFailure(e)) {
            return new StorageUnavailableException("the database cannot be reached: " + e.getMessage(), e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        Meaning meaning = meaningOf(message);
        if (UNIQUE_STATES.contains(state) || MARIADB_UNIQUE_CODES.contains(code)) {
            return meaning == null
                    ? new ConflictException("a record with the same key already exists", null, null, e)
                    : new ConflictException(meaning.field() + " " + meaning.message(), meaning.field(), null, e);
        }
        if (FOREIGN_KEY_STATES.contains(state) || MARIADB_FOREIGN_KEY_CODES.contains(code)) {
            return meaning == null
                    ? new ConflictException("the change refers to a record that was deleted meanwhile", null, null, e)
                    : new ConflictException(meaning.field() + " " + meaning.message(), meaning.field(), null, e);
        }
        if (CHECK_STATES.contains(state) || MARIADB_CHECK_CODES.contains(code)) {
            return new ValidationException("value", "breaks a rule of the schema: " + e.getMessage());
        }
        if (CONCURRENCY_STATES.contains(state) || CONCURRENCY_CODES.contains(code)) {
            return new ConflictException(
                    "the database aborted this change because of a concurrent transaction; retry it", null, null, e);
        }
        return new StorageException("database error: " + e.getMessage(), e);
    }

    /**
     * Whether {@code e}, or an exception it chains, says the connection to the database failed
     * rather than a statement: SQLState class {@code 08} (connection exception), a pool that had no
     * connection within its timeout ({@link SQLTransientConnectionException}, e.g. HikariCP's), or
     * a connection the driver declared unusable ({@link SQLNonTransientConnectionException},
     * {@link SQLRecoverableException}).
     */
    public static boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static @Nullable Meaning meaningOf(String message) {
        for (Map.Entry<String, Meaning> constraint : CONSTRAINTS.entrySet()) {
            if (message.contains(constraint.getKey())) {
                return constraint.getValue();
            }
        }
        return null;
    }
}
