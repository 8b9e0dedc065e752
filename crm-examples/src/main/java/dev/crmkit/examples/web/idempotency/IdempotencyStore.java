package dev.crmkit.examples.web.idempotency;

import dev.crmkit.core.storage.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code app_idempotency_key} table: one row per user and key, first reserved by the request
 * that uses the key (status {@code null}), then completed with that request's response. Reserving
 * and releasing run on their own auto-committed connections; completing runs on the connection of
 * the request's transaction, so the response is recorded exactly when the request's writes are.
 *
 * <p>Thread-safe: every call takes its own connection (or uses the one it is given).
 *
 * @see IdempotencyFilter
 */
final class IdempotencyStore {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);

    /** The outcome of {@link #reserve}. */
    sealed interface Reservation {
        /** The key is this request's: run it. */
        record Reserved() implements Reservation {}

        /** The key was used with this same request, which finished: answer what it answered. */
        record Replay(StoredResponse response) implements Reservation {}

        /** The key was used with another request (another method, path or body). */
        record Mismatch() implements Reservation {}

        /** A request with this key is still running. */
        record InFlight() implements Reservation {}
    }

    private record Row(
            String fingerprint,
            String owner,
            long createdAt,
            long reservedAt,
            @Nullable StoredResponse response) {}

    private final DataSource dataSource;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotencyStore(DataSource dataSource, Clock clock, IdempotencyProperties properties) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Claims {@code key} for the request {@code owner}, or says why not.
     *
     * @throws dev.crmkit.core.kernel.CrmException translated from the database's error, e.g.
     *     {@link dev.crmkit.core.kernel.StorageUnavailableException} while it cannot be reached
     */
    Reservation reserve(String principal, String key, String fingerprint, String owner) {
        // A few rounds at most: a competitor may delete or take over the row between our statements.
        for (int attempt = 0; attempt < 5; attempt++) {
            long now = clock.millis();
            if (insert(principal, key, fingerprint, owner, now)) {
                return new Reservation.Reserved();
            }
            Optional<Row> found = find(principal, key);
            if (found.isEmpty()) {
                continue;
            }
            Row row = found.get();
            if (row.createdAt() < now - properties.ttl().toMillis()) {
                update(
                        "DELETE FROM app_idempotency_key WHERE principal = ? AND idem_key = ? AND created_at_ms = ?",
                        principal,
                        key,
                        row.createdAt());
                continue;
            }
            if (!row.fingerprint().equals(fingerprint)) {
                return new Reservation.Mismatch();
            }
            if (row.response() != null) {
                return new Reservation.Replay(row.response());
            }
            if (row.reservedAt() >= now - properties.lease().toMillis()) {
                return new Reservation.InFlight();
            }
            // The request holding the key outlived its lease (it crashed, or lost the database before
            // it could release the key): take it over. Should it still finish, its completion finds
            // another owner and rolls back.
            if (update(
                            "UPDATE app_idempotency_key SET owner = ?, reserved_at_ms = ?"
                                    + " WHERE principal = ? AND idem_key = ? AND owner = ? AND status IS NULL",
                            owner,
                            now,
                            principal,
                            key,
                            row.owner())
                    == 1) {
                log.info("idempotency key taken over after its lease expired");
                return new Reservation.Reserved();
            }
        }
        return new Reservation.InFlight();
    }

    /**
     * Records the response on {@code connection}, in the caller's transaction.
     *
     * @return false when the key is no longer {@code owner}'s (taken over after its lease): the
     *     caller must roll back
     */
    boolean complete(Connection connection, String principal, String key, String owner, StoredResponse response)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE app_idempotency_key"
                + " SET status = ?, headers = ?, body = ?"
                + " WHERE principal = ? AND idem_key = ? AND owner = ? AND status IS NULL")) {
            statement.setInt(1, response.status());
            statement.setString(2, response.headerLines());
            statement.setBytes(3, response.body());
            statement.setString(4, principal);
            statement.setString(5, key);
            statement.setString(6, owner);
            return statement.executeUpdate() == 1;
        }
    }

    /** {@link #complete(Connection, String, String, String, StoredResponse)} on a connection of its own. */
    boolean complete(String principal, String key, String owner, StoredResponse response) {
        try (Connection connection = dataSource.getConnection()) {
            return complete(connection, principal, key, owner, response);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /**
     * Gives the key up after a request that wrote nothing it could be sure of, so a retry runs
     * afresh. Only a reservation is deleted, never a completed key; best effort, since the database
     * may be the reason the request failed (the lease then frees the key).
     */
    void release(String principal, String key, String owner) {
        try {
            update(
                    "DELETE FROM app_idempotency_key WHERE principal = ? AND idem_key = ? AND owner = ? AND status IS NULL",
                    principal,
                    key,
                    owner);
        } catch (RuntimeException e) {
            log.warn(
                    "could not release an idempotency key; it frees itself after {}: {}",
                    properties.lease(),
                    e.getMessage());
        }
    }

    /**
     * Deletes the keys first used more than {@code crm.idempotency.ttl} ago.
     *
     * @return how many were deleted
     */
    int purgeExpired() {
        int purged = update(
                "DELETE FROM app_idempotency_key WHERE created_at_ms < ?",
                clock.millis() - properties.ttl().toMillis());
        log.debug("purged {} expired idempotency key(s)", purged);
        return purged;
    }

    private boolean insert(String principal, String key, String fingerprint, String owner, long now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO app_idempotency_key"
                        + " (principal, idem_key, fingerprint, owner, created_at_ms, reserved_at_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, principal);
            statement.setString(2, key);
            statement.setString(3, fingerprint);
            statement.setString(4, owner);
            statement.setLong(5, now);
            statement.setLong(6, now);
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw SqlErrors.translate(e);
        }
    }

    private Optional<Row> find(String principal, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT fingerprint, owner, created_at_ms,"
                        + " reserved_at_ms, status, headers, body FROM app_idempotency_key"
                        + " WHERE principal = ? AND idem_key = ?")) {
            statement.setString(1, principal);
            statement.setString(2, key);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                int status = rows.getInt("status");
                StoredResponse response = rows.wasNull()
                        ? null
                        : new StoredResponse(status, headers(rows.getString("headers")), body(rows.getBytes("body")));
                return Optional.of(new Row(
                        rows.getString("fingerprint").strip(),
                        rows.getString("owner").strip(),
                        rows.getLong("created_at_ms"),
                        rows.getLong("reserved_at_ms"),
                        response));
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static Map<String, String> headers(@Nullable String lines) {
        return lines == null ? Map.of() : StoredResponse.parseHeaderLines(lines);
    }

    private static byte[] body(byte @Nullable [] body) {
        return body == null ? new byte[0] : body;
    }

    /** A unique violation: PostgreSQL and H2 say 23505, MariaDB 23000 with error 1062. */
    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 1062;
    }
}
