package dev.crmkit.mybatis.internal;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.storage.jdbc.JsonColumn;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.jspecify.annotations.Nullable;

/**
 * The {@code custom_fields} JSON column as {@link CustomFieldValues}: written through crm-core's
 * {@link JsonColumn} (the binding each database needs for JSON, the same text as the JPA adapter
 * writes), read as text; {@code NULL} is no values.
 */
public final class CustomFieldsTypeHandler implements TypeHandler<CustomFieldValues> {

    @Override
    public void setParameter(PreparedStatement ps, int i, @Nullable CustomFieldValues values, @Nullable JdbcType type)
            throws SQLException {
        JsonColumn.bind(ps, i, values);
    }

    @Override
    public CustomFieldValues getResult(ResultSet rs, String column) throws SQLException {
        return JsonColumn.read(rs.getString(column));
    }

    @Override
    public CustomFieldValues getResult(ResultSet rs, int column) throws SQLException {
        return JsonColumn.read(rs.getString(column));
    }

    @Override
    public CustomFieldValues getResult(CallableStatement cs, int column) throws SQLException {
        return JsonColumn.read(cs.getString(column));
    }
}
