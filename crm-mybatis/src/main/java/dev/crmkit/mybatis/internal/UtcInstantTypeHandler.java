package dev.crmkit.mybatis.internal;

import dev.crmkit.mybatis.MyBatisCrmMappers;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads every crmkit timestamp as an instant in UTC, whatever the JVM's or the
 * session's time zone: as an {@link OffsetDateTime} at UTC for {@code TIMESTAMP WITH TIME ZONE}
 * (PostgreSQL, H2), as a {@link LocalDateTime} holding UTC for MariaDB's {@code DATETIME(6)}.
 * Instants arrive at microseconds, what the columns hold: crm-core's services truncate the one
 * timestamp of each operation, so a written instant reads back equal.
 *
 * <p>MyBatis's own {@code InstantTypeHandler} goes through {@code java.sql.Timestamp} in the JVM's
 * zone, which shifts MariaDB values by the zone offset. This handler is therefore named explicitly
 * by the crmkit mappers; it is registered as an instance only (no Java type), so a host's own
 * mappers keep whatever handler they use for {@code Instant}.
 *
 * <p>The dialect is read from the configuration's {@code databaseId} at each call, so the handler
 * may be registered before the host's {@code DatabaseIdProvider} has run. Thread-safe.
 */
public final class UtcInstantTypeHandler implements TypeHandler<Instant> {

    private final Configuration configuration;

    public UtcInstantTypeHandler(Configuration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    @Override
    public void setParameter(PreparedStatement ps, int i, @Nullable Instant parameter, @Nullable JdbcType jdbcType)
            throws SQLException {
        boolean local = holdsLocalDateTime();
        if (parameter == null) {
            ps.setNull(i, local ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
            return;
        }
        ps.setObject(
                i, local ? LocalDateTime.ofInstant(parameter, ZoneOffset.UTC) : parameter.atOffset(ZoneOffset.UTC));
    }

    @Override
    public @Nullable Instant getResult(ResultSet rs, String columnName) throws SQLException {
        return holdsLocalDateTime()
                ? fromLocal(rs.getObject(columnName, LocalDateTime.class))
                : fromOffset(rs.getObject(columnName, OffsetDateTime.class));
    }

    @Override
    public @Nullable Instant getResult(ResultSet rs, int columnIndex) throws SQLException {
        return holdsLocalDateTime()
                ? fromLocal(rs.getObject(columnIndex, LocalDateTime.class))
                : fromOffset(rs.getObject(columnIndex, OffsetDateTime.class));
    }

    @Override
    public @Nullable Instant getResult(CallableStatement cs, int columnIndex) throws SQLException {
        return holdsLocalDateTime()
                ? fromLocal(cs.getObject(columnIndex, LocalDateTime.class))
                : fromOffset(cs.getObject(columnIndex, OffsetDateTime.class));
    }

    private boolean holdsLocalDateTime() {
        return MyBatisCrmMappers.MARIADB.equals(configuration.getDatabaseId());
    }

    private static @Nullable Instant fromLocal(@Nullable LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant fromOffset(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
