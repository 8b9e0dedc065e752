package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.schema.Dialect;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@link CustomFieldValues} to a {@code custom_fields} parameter the way each database
 * takes JSON without a cast in the SQL: PostgreSQL's {@code jsonb} from an untyped parameter
 * ({@code Types.OTHER}), H2's {@code JSON} from UTF-8 bytes (H2 would store a character string as a
 * JSON string), MariaDB's {@code JSON} ({@code LONGTEXT}) from text. No values bind SQL {@code NULL}.
 * Both adapters and crm-core's JDBC statements use it, so every writer stores the same text.
 */
public final class JsonColumn {

    private JsonColumn() {}

    /**
     * Binds the values to one parameter.
     *
     * @param ps the statement
     * @param index the parameter's index, from 1
     * @param values the values, or null for none
     * @throws SQLException from the driver
     */
    public static void bind(PreparedStatement ps, int index, @Nullable CustomFieldValues values) throws SQLException {
        String json = values == null ? null : values.toStoredJson();
        Dialect dialect = Dialect.ofProductName(ps.getConnection().getMetaData().getDatabaseProductName());
        if (json == null) {
            ps.setNull(index, dialect == Dialect.MARIADB ? Types.VARCHAR : Types.OTHER);
            return;
        }
        switch (dialect) {
            case POSTGRESQL -> ps.setObject(index, json, Types.OTHER);
            case H2 -> ps.setBytes(index, json.getBytes(StandardCharsets.UTF_8));
            case MARIADB -> ps.setString(index, json);
        }
    }

    /**
     * {@return the values read from a {@code custom_fields} column's text; empty for SQL {@code NULL}}
     *
     * @param json the column's text
     */
    public static CustomFieldValues read(@Nullable String json) {
        return CustomFieldValues.fromJson(json);
    }
}
