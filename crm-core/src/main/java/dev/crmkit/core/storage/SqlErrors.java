package dev.crmkit.core.storage;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.kernel.ValidationException;
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
    /**
     * Serialization failure (40001), PostgreSQL's deadlock (40P01) and lock timeout (55P03), H2's
     * lock timeout (HYT00).
     */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "HYT00", "55P03");
    /** MariaDB's lock wait timeout (1205) and deadlock (1213); H2's lock timeout (50200) and concurrent update (90131). */
    private static final Set<Integer> RETRYABLE_CODES = Set.of(1205, 1213, 50200, 90131);

    /** PostgreSQL's read-only transaction (a hot standby, default_transaction_read_only). */
    private static final Set<String> READ_ONLY_STATES = Set.of("25006");
    /**
     * MariaDB's server started with --read-only (1290) or in read-only mode (1836); H2's database opened read-only
     * (90097: a file without write permission, ACCESS_MODE_DATA=r).
     */
    private static final Set<Integer> READ_ONLY_CODES = Set.of(1290, 1836, 90097);

    private record Meaning(String field, String message) {}

    /** Constraint name (as written in the migrations, lower case) → what breaking it means. */
    private static final Map<String, Meaning> CONSTRAINTS = Map.ofEntries(
            Map.entry("uq_contact_email", new Meaning("email", "is already used by another contact")),
            Map.entry("uq_tag_name_key", new Meaning("name", "is already used by another tag")),
            Map.entry("uq_custom_field_key", new Meaning("key", "is already the key of another field of this kind")),
            Map.entry(
                    "fk_deal_pipeline",
                    new Meaning("pipelineId", "refers to a pipeline that does not exist or still holds deals")),
            Map.entry(
                    "fk_deal_stage",
                    new Meaning("status", "refers to a stage that was removed, or a stage still holding deals")),
            Map.entry("fk_deal_contact", new Meaning("contactId", "refers to a contact that was deleted meanwhile")),
            Map.entry("fk_task_contact", new Meaning("contactId", "refers to a contact that was deleted meanwhile")),
            Map.entry("fk_task_deal", new Meaning("dealId", "refers to a deal that was deleted meanwhile")),
            Map.entry(
                    "fk_stage_pipeline", new Meaning("pipelineId", "refers to a pipeline that was deleted meanwhile")),
            Map.entry("uq_company_domain", new Meaning("domain", "is already used by another company")),
            Map.entry("fk_contact_company", new Meaning("companyId", "refers to a company that was deleted meanwhile")),
            Map.entry("fk_deal_company", new Meaning("companyId", "refers to a company that was deleted meanwhile")),
            Map.entry(
                    "fk_activity_contact", new Meaning("contactId", "refers to a contact that was deleted meanwhile")),
            Map.entry(
                    "fk_activity_company", new Meaning("companyId", "refers to a company that was deleted meanwhile")),
            Map.entry("fk_activity_deal", new Meaning("dealId", "refers to a deal that was deleted meanwhile")),
            Map.entry("fk_stage_change_deal", new Meaning("dealId", "refers to a deal that was deleted meanwhile")));

    /** Check constraint name → the field and rule it enforces, in the words of the services' own checks. */
    private static final Map<String, Meaning> CHECKS = Map.of(
            "ck_deal_amount", new Meaning("amount", "must not be negative"),
            "ck_stage_probability", new Meaning("stages", "a stage's probability must be between 0 and 100"),
            "ck_stage_outcome", new Meaning("stages", "a stage's outcome must be OPEN, WON or LOST"),
            "ck_task_priority", new Meaning("priority", "must be low, medium, high or urgent"),
            "ck_task_status", new Meaning("status", "must be todo, in_progress, completed or cancelled"));

    private SqlErrors() {}

    /**
     * @param e the exception the JDBC driver raised (wrapped ones are searched for the most
     *     specific SQL state)
     * @return the exception to throw: {@link ConflictException} for unique and foreign-key
     *     violations; {@link RetryableTransactionException} for deadlocks, serialization failures
     *     and lock timeouts; {@link ValidationException} naming the field and the rule for a
     *     violated check of the schema (never the driver's text); {@link StorageUnavailableException}
     *     when the database cannot be reached (see {@link #isConnectionFailure(SQLException)}),
     *     checked first; {@link StorageException} saying so for a database that is read-only; {@link
     *     StorageException} with the driver's reason (without the statement) otherwise
     */
    public static CrmException translate(SQLException e) {
        if (isConnectionFailure(e)) {
            return new StorageUnavailableException("the database cannot be reached: " + e.getMessage(), e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        Meaning meaning = meaningOf(CONSTRAINTS, message);
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
            // The services check every one of these rules first; only a caller that bypasses them gets here.
            Meaning check = meaningOf(CHECKS, message);
            return check == null
                    ? new StorageException("the database refused a value by a check of the schema", e)
                    : new ValidationException(check.field(), check.message());
        }
        if (RETRYABLE_STATES.contains(state) || RETRYABLE_CODES.contains(code)) {
            return new RetryableTransactionException(
                    "the database aborted this transaction because of a concurrent one (deadlock, serialization"
                            + " failure or lock timeout); nothing was written, retry the operation",
                    e);
        }
        if (READ_ONLY_STATES.contains(state) || READ_ONLY_CODES.contains(code)) {
            return new StorageException("the database is read-only; nothing was written", e);
        }
        return new StorageException("database error: " + reason(e), e);
    }

    /**
     * The driver's message without the statement H2 appends to it ({@code ...; SQL statement: INSERT ...}): the
     * exception's message reaches people (a CLI prints it); the statement stays in the cause.
     */
    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int statement = message.indexOf("; SQL statement:");
        return statement < 0 ? message : message.substring(0, statement);
    }

    /**
     * Whether {@code e}, or an exception it chains, says the connection to the database failed
     * rather than a statement: SQLState class {@code 08} (connection exception), a pool that had no
     * connection within its timeout ({@link SQLTransientConnectionException}, e.g. HikariCP's), or
     * a connection the driver declared unusable ({@link SQLNonTransientConnectionException},
     * {@link SQLRecoverableException}).
     *
     * @param e the exception to classify
     * @return whether the connection, not the statement, failed
     */
    public static boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static @Nullable Meaning meaningOf(Map<String, Meaning> constraints, String message) {
        for (Map.Entry<String, Meaning> constraint : constraints.entrySet()) {
            if (message.contains(constraint.getKey())) {
                return constraint.getValue();
            }
        }
        return null;
    }
}
