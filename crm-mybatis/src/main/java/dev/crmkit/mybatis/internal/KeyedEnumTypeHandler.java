package dev.crmkit.mybatis.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.jspecify.annotations.Nullable;

/**
 * A crm-core enum stored as its key ({@code TaskPriority.key()}, {@code in_progress} for {@code
 * IN_PROGRESS}): written with the enum's {@code key()}, read back through its {@code fromKey(String)},
 * so a stored value that is no key fails as the enum itself says. MyBatis builds one per enum from
 * the {@code javaType} of the mapping (its constructor takes the type); named explicitly by the
 * crmkit mappers, so a host's own enum mapping is untouched. Thread-safe.
 *
 * @param <E> an enum with {@code public String key()} and {@code public static E fromKey(String)}
 */
public final class KeyedEnumTypeHandler<E extends Enum<E>> implements TypeHandler<E> {

    private final Map<E, String> keys = new HashMap<>();
    private final Map<String, E> constants = new HashMap<>();
    private final MethodHandle fromKey;

    /**
     * @param type the enum, which MyBatis passes from the mapping's {@code javaType}
     * @throws IllegalArgumentException when the enum has no {@code key()} and {@code fromKey(String)}
     */
    public KeyedEnumTypeHandler(Class<E> type) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            MethodHandle key = lookup.findVirtual(type, "key", MethodType.methodType(String.class));
            for (E constant : type.getEnumConstants()) {
                String stored = (String) key.invoke(constant);
                keys.put(constant, stored);
                constants.put(stored, constant);
            }
            fromKey = lookup.findStatic(type, "fromKey", MethodType.methodType(type, String.class));
        } catch (Throwable e) {
            throw new IllegalArgumentException(type.getName() + " has no key() and fromKey(String)", e);
        }
    }

    @Override
    public void setParameter(PreparedStatement ps, int i, @Nullable E parameter, @Nullable JdbcType jdbcType)
            throws SQLException {
        if (parameter == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, keys.get(parameter));
        }
    }

    @Override
    public @Nullable E getResult(ResultSet rs, String columnName) throws SQLException {
        return of(rs.getString(columnName));
    }

    @Override
    public @Nullable E getResult(ResultSet rs, int columnIndex) throws SQLException {
        return of(rs.getString(columnIndex));
    }

    @Override
    public @Nullable E getResult(CallableStatement cs, int columnIndex) throws SQLException {
        return of(cs.getString(columnIndex));
    }

    @SuppressWarnings("unchecked")
    private @Nullable E of(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        E constant = constants.get(stored);
        if (constant != null) {
            return constant;
        }
        try {
            return (E) fromKey.invoke(stored);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
