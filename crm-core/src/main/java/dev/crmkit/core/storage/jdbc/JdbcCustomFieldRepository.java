package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.storage.CustomFieldRepository;
import dev.crmkit.core.storage.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link CustomFieldRepository} on the connection of an adapter's unit of work, shared by both
 * adapters (definitions have no entity or mapper of their own), so it commits and rolls back with
 * the adapter's transaction. Removing a deleted field's values reads the rows that have values and
 * rewrites those holding the key: one statement per changed row, the same on every database.
 */
public final class JdbcCustomFieldRepository extends JdbcRepository implements CustomFieldRepository {

    private static final String COLUMNS =
            "id, kind, field_key, label, field_type, max_length, scale, options, required, created_at, updated_at, version";

    private final Supplier<Connection> connection;
    /**
     * @param connection the connection of the current transaction; called for each statement,
     *     never closed here
     */
    public JdbcCustomFieldRepository(Supplier<Connection> connection) {
        super(connection);
        this.connection = connection;
    }

    @Override
    public Optional<CustomField> findById(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM crm_custom_field WHERE id = ?", this::field, id);
    }

    @Override
    public List<CustomField> findByKind(CustomFieldKind kind) {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM crm_custom_field WHERE kind = ? ORDER BY id", this::field, kind.code());
    }

    @Override
    public CustomField insert(CustomField f) {
        long id = jdbc.insert(
                "INSERT INTO crm_custom_field (kind, field_key, label, field_type, max_length, scale, options,"
                        + " required, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                f.kind().code(),
                f.key(),
                f.label(),
                f.type().name(),
                f.maxLength() == null ? new Jdbc.Null(Types.INTEGER) : f.maxLength(),
                f.scale() == null ? new Jdbc.Null(Types.INTEGER) : f.scale(),
                options(f),
                f.required(),
                f.createdAt(),
                f.updatedAt());
        return new CustomField(
                id,
                f.kind(),
                f.key(),
                f.label(),
                f.type(),
                f.maxLength(),
                f.scale(),
                f.options(),
                f.required(),
                f.createdAt(),
                f.updatedAt(),
                0);
    }

    @Override
    public CustomField update(CustomField f) {
        int rows = jdbc.update(
                "UPDATE crm_custom_field SET label = ?, max_length = ?, options = ?, required = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?",
                f.label(),
                f.maxLength() == null ? new Jdbc.Null(Types.INTEGER) : f.maxLength(),
                options(f),
                f.required(),
                f.updatedAt(),
                f.id(),
                f.version());
        if (rows == 0) {
            throw new StaleVersionException("custom_field", f.id(), f.version());
        }
        return findById(f.id()).orElseThrow();
    }

    @Override
    public boolean deleteById(long id) {
        return jdbc.update("DELETE FROM crm_custom_field WHERE id = ?", id) > 0;
    }

    @Override
    public int removeValues(CustomFieldKind kind, String key, Instant now) {
        record Row(long id, CustomFieldValues values) {}
        List<Row> rows = jdbc.list(
                "SELECT id, custom_fields FROM " + kind.table() + " WHERE custom_fields IS NOT NULL ORDER BY id",
                rs -> new Row(rs.getLong(1), JsonColumn.read(rs.getString(2))),
                new Object[0]);
        List<Row> changed = new ArrayList<>();
        for (Row row : rows) {
            if (row.values().asMap().containsKey(key)) {
                changed.add(new Row(row.id(), row.values().with(key, null)));
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        String sql = "UPDATE " + kind.table() + " SET custom_fields = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ?";
        try (PreparedStatement ps = connection.get().prepareStatement(sql)) {
            for (Row row : changed) {
                JsonColumn.bind(ps, 1, row.values());
                jdbc.bindInstant(ps, 2, now);
                ps.setLong(3, row.id());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        return changed.size();
    }

    private static String options(CustomField f) {
        return f.options().isEmpty() ? "" : String.join("\n", f.options());
    }

    private CustomField field(ResultSet rs) throws SQLException {
        String options = rs.getString("options");
        int maxLength = rs.getInt("max_length");
        Integer max = rs.wasNull() ? null : maxLength;
        int scale = rs.getInt("scale");
        Integer digits = rs.wasNull() ? null : scale;
        return new CustomField(
                rs.getLong("id"),
                CustomFieldKind.ofCode(rs.getString("kind")).orElseThrow(),
                rs.getString("field_key"),
                rs.getString("label"),
                CustomFieldType.valueOf(rs.getString("field_type")),
                max,
                digits,
                options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split("\n")),
                rs.getBoolean("required"),
                jdbc.instant(rs, "created_at"),
                jdbc.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
