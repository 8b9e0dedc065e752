package dev.crmkit.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.ConflictException;
import dev.crmkit.core.StorageException;
import dev.crmkit.core.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which driver errors mean "the database cannot be reached", so a host can answer 503 and retry. */
class SqlErrorsTest {

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
                "crm - Connection is not available, request timed out after 5000ms", null,
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
}
