package dev.crmkit.mybatis.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Duration} stored as whole seconds in an {@code INTEGER} column ({@code
 * crm_activity.duration_seconds}); {@code NULL} is no duration. Named explicitly by the crmkit
 * mappers, so a host's own {@code Duration} mapping is untouched. Thread-safe.
 */
public final class DurationSecondsTypeHandler implements TypeHandler<Duration> {

    @Override
    public void setParameter(PreparedStatement ps, int i, @Nullable Duration parameter, @Nullable JdbcType jdbcType)
            throws SQLException {
        if (parameter == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, Math.toIntExact(parameter.toSeconds()));
        }
    }

    @Override
    public @Nullable Duration getResult(ResultSet rs, String columnName) throws SQLException {
        int seconds = rs.getInt(columnName);
        return rs.wasNull() ? null : Duration.ofSeconds(seconds);
    }

    @Override
    public @Nullable Duration getResult(ResultSet rs, int columnIndex) throws SQLException {
        int seconds = rs.getInt(columnIndex);
        return rs.wasNull() ? null : Duration.ofSeconds(seconds);
    }

    @Override
    public @Nullable Duration getResult(CallableStatement cs, int columnIndex) throws SQLException {
        int seconds = cs.getInt(columnIndex);
        return cs.wasNull() ? null : Duration.ofSeconds(seconds);
    }
}
