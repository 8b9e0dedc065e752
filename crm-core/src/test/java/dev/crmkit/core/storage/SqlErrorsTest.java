package dev.crmkit.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.kernel.ValidationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each kind of database refusal becomes, as the drivers of PostgreSQL, MariaDB and H2 report
 * it, and which driver errors mean "the database cannot be reached", so a host can answer 503.
 */
class SqlErrorsTest {

    @ParameterizedTest(name = "SQLState {0}, vendor code {1}")
    @CsvSource({
        "40001, 0, PostgreSQL serialization failure",
        "40P01, 0, PostgreSQL deadlock",
        "55P03, 0, PostgreSQL lock not available",
        "40001, 1213, MariaDB deadlock",
        "HY000, 1205, MariaDB lock wait timeout",
        "HYT00, 50200, H2 lock timeout",
        "40001, 40001, H2 deadlock",
        "HY000, 90131, H2 concurrent update"
    })
    void should_report_deadlocks_serialization_failures_and_lock_timeouts_as_retryable(
            String state, int code, String what) {
        CrmException translated = SqlErrors.translate(new SQLException(what, state, code));

        assertThat(translated)
                .isInstanceOf(RetryableTransactionException.class)
                .isNotInstanceOf(ConflictException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(translated.getMessage()).doesNotContain(what).contains("retry");
    }

    @ParameterizedTest(name = "SQLState {0}, vendor code {1}")
    @CsvSource({
        "90097, 90097, 'The database is read only; SQL statement:\nINSERT INTO crm_contact (email) VALUES (?) [90097-240]'",
        "25006, 0, ERROR: cannot execute INSERT INTO crm_contact (email) in a read-only transaction",
        "HY000, 1290, The MariaDB server is running with the --read-only option so it cannot execute this statement",
        "HY000, 1836, Running in read-only mode"
    })
    void should_say_that_a_read_only_database_refused_the_write_without_the_statement(
            String state, int code, String message) {
        CrmException translated = SqlErrors.translate(new SQLException(message, state, code));

        assertThat(translated).isExactlyInstanceOf(StorageException.class).hasCauseInstanceOf(SQLException.class);
        assertThat(translated.getMessage()).isEqualTo("the database is read-only; nothing was written");
    }

    @Test
    void should_keep_the_reason_of_an_unknown_error_but_not_the_statement_h2_appends() {
        CrmException translated = SqlErrors.translate(new SQLException(
                "Value too long for column \"X\"; SQL statement:\nUPDATE crm_contact SET x = ? [22001-240]",
                "22001",
                22001));

        assertThat(translated.getMessage()).isEqualTo("database error: Value too long for column \"X\"");
    }

    @Test
    void should_keep_a_duplicate_email_a_conflict_and_not_retryable() {
        CrmException translated = SqlErrors.translate(
                new SQLException("duplicate key value violates unique constraint \"uq_contact_email\"", "23505", 0));

        assertThat(translated).isExactlyInstanceOf(ConflictException.class);
        assertThat(((ConflictException) translated).field()).contains("email");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "new row for relation \"crm_deal\" violates check constraint \"ck_deal_amount\"|23514|0|amount",
                "CONSTRAINT `ck_deal_amount` failed for `test`.`crm_deal`|23000|4025|amount",
                "Check constraint violation: \"CK_TASK_STATUS: (STATUS IN ('todo'))\"|23513|23513|status",
                "new row for relation \"crm_pipeline_stage\" violates check constraint \"ck_stage_probability\"|23514|0|stages"
            })
    void should_name_the_field_and_rule_of_a_broken_check_without_the_drivers_text(
            String driverText, String state, int code, String field) {
        CrmException translated = SqlErrors.translate(new SQLException(driverText, state, code));

        assertThat(translated).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).containsOnlyKeys(field);
            assertThat(e.errors().get(field)).doesNotContain("constraint", "violat", "crm_");
        });
    }

    @Test
    void should_not_turn_an_unknown_check_into_a_field_error() {
        CrmException translated =
                SqlErrors.translate(new SQLException("violates check constraint \"host_rule\"", "23514", 0));

        assertThat(translated).isExactlyInstanceOf(StorageException.class);
        assertThat(translated).isNotInstanceOf(ValidationException.class);
    }

    @Test
    void should_map_nothing_to_the_field_value() {
        for (String state : new String[] {"23513", "23514"}) {
            CrmException translated = SqlErrors.translate(new SQLException("check ck_deal_amount", state, 0));
            assertThat(((ValidationException) translated).errors()).isEqualTo(Map.of("amount", "must not be negative"));
        }
    }

    @Test
    void should_report_a_refused_or_lost_connection_as_unavailable() {
        assertThat(SqlErrors.translate(new SQLException("Connection refused", "08001")))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(SqlErrors.translate(new SQLException("An I/O error occurred while sending to the backend", "08006")))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(SqlErrors.translate(new SQLNonTransientConnectionException("socket closed")))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void should_report_a_pool_timeout_as_unavailable_whatever_its_state() {
        SQLException timeout = new SQLTransientConnectionException(
                "crm - Connection is not available, request timed out after 5000ms",
                null,
                new SQLException("Connection refused", "08001"));

        assertThat(SqlErrors.translate(timeout))
                .isInstanceOf(StorageUnavailableException.class)
                .hasCause(timeout);
    }

    @Test
    void should_find_a_connection_failure_chained_behind_another_error() {
        SQLException wrapped = new SQLException("batch failed", "HY000", new SQLException("reset", "08S01"));

        assertThat(SqlErrors.translate(wrapped)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void should_keep_statement_errors_apart_from_unavailability() {
        assertThat(SqlErrors.translate(new SQLException("duplicate key uq_contact_email", "23505")))
                .isInstanceOf(ConflictException.class);
        assertThat(SqlErrors.translate(new SQLException("relation crm_contact does not exist", "42P01")))
                .isExactlyInstanceOf(StorageException.class);
    }

    @Test
    void should_keep_a_lock_timeout_retryable_and_not_unavailable() {
        // H2's lock timeout is a java.sql.SQLTimeoutException with state HYT00: a statement that
        // waited, not a connection that failed.
        SQLException timeout = new SQLTimeoutException("Timeout trying to lock table", "HYT00", 50200);

        assertThat(SqlErrors.translate(timeout))
                .isInstanceOf(RetryableTransactionException.class)
                .isNotInstanceOf(StorageUnavailableException.class);
    }
}
