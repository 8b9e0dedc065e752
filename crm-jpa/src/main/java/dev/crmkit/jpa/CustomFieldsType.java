package dev.crmkit.jpa;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.storage.jdbc.JsonColumn;
import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.usertype.UserType;
import org.jspecify.annotations.Nullable;

/**
 * The {@code custom_fields} JSON column as {@link CustomFieldValues}: written through crm-core's
 * {@link JsonColumn} (the same text and binding as the MyBatis adapter and the batch inserts), read
 * as text. Declared as SQL {@code JSON}, so Hibernate's schema validation accepts {@code jsonb}
 * (PostgreSQL), {@code JSON} (H2) and MariaDB's {@code JSON} alias. The values are immutable.
 */
public final class CustomFieldsType implements UserType<CustomFieldValues> {

    @Override
    public int getSqlType() {
        return SqlTypes.JSON;
    }

    @Override
    public Class<CustomFieldValues> returnedClass() {
        return CustomFieldValues.class;
    }

    @Override
    public CustomFieldValues nullSafeGet(ResultSet rs, int position, WrapperOptions options) throws SQLException {
        return JsonColumn.read(rs.getString(position));
    }

    @Override
    public void nullSafeSet(
            PreparedStatement st, @Nullable CustomFieldValues value, int position, WrapperOptions options)
            throws SQLException {
        JsonColumn.bind(st, position, value);
    }

    @Override
    public CustomFieldValues deepCopy(CustomFieldValues value) {
        return value;
    }

    @Override
    public boolean isMutable() {
        return false;
    }

    @Override
    public Serializable disassemble(CustomFieldValues value) {
        return value.toJson();
    }

    @Override
    public CustomFieldValues assemble(Serializable cached, Object owner) {
        return CustomFieldValues.fromJson((String) cached);
    }
}
