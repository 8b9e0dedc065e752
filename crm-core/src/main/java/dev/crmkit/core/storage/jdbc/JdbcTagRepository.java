package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.storage.TagRepository;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TagUsage;
import dev.crmkit.core.tag.TaggableKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@link TagRepository} on the connection of an adapter's unit of work: both adapters share these
 * statements (tags have no entity or mapper of their own), so they commit and roll back with the
 * adapter's transaction. The tags of a page of records are read in one statement.
 */
public final class JdbcTagRepository extends JdbcRepository implements TagRepository {

    private static final String COLUMNS = "t.id, t.name, t.created_at";

    /**
     * @param connection the connection of the current transaction; called for each statement,
     *     never closed here
     */
    public JdbcTagRepository(Supplier<Connection> connection) {
        super(connection);
    }

    @Override
    public Optional<Tag> findById(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM crm_tag t WHERE t.id = ?", this::tag, id);
    }

    @Override
    public List<Tag> findByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM crm_tag t WHERE t.name_key IN (" + marks(keys.size()) + ")",
                this::tag,
                keys.toArray());
    }

    @Override
    public Tag insert(String name, Instant createdAt) {
        long id = jdbc.insert(
                "INSERT INTO crm_tag (name, name_key, created_at) VALUES (?, ?, ?)",
                name,
                TagNames.key(name),
                createdAt);
        return new Tag(id, name, createdAt);
    }

    @Override
    public boolean rename(long id, String name) {
        return jdbc.update("UPDATE crm_tag SET name = ?, name_key = ? WHERE id = ?", name, TagNames.key(name), id) > 0;
    }

    @Override
    public boolean deleteById(long id) {
        jdbc.update("DELETE FROM crm_tagging WHERE tag_id = ?", id);
        return jdbc.update("DELETE FROM crm_tag WHERE id = ?", id) > 0;
    }

    @Override
    public List<TagUsage> usage() {
        return jdbc.list(
                "SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM crm_tagging g WHERE g.tag_id = t.id) AS uses"
                        + " FROM crm_tag t ORDER BY t.name_key, t.id",
                rs -> new TagUsage(tag(rs), rs.getLong("uses")));
    }

    @Override
    public Map<Long, List<Tag>> tagsOf(TaggableKind kind, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Object[] args =
                Stream.concat(Stream.of(kind.code()), recordIds.stream()).toArray();
        Map<Long, List<Tag>> byRecord = new LinkedHashMap<>();
        jdbc.list(
                        "SELECT g.record_id, " + COLUMNS + " FROM crm_tagging g JOIN crm_tag t ON t.id = g.tag_id"
                                + " WHERE g.kind = ? AND g.record_id IN (" + marks(recordIds.size()) + ")"
                                + " ORDER BY g.record_id, t.name_key, t.id",
                        rs -> Map.entry(rs.getLong("record_id"), tag(rs)),
                        args)
                .forEach(row -> byRecord.computeIfAbsent(row.getKey(), id -> new ArrayList<>())
                        .add(row.getValue()));
        byRecord.replaceAll((id, tags) -> Collections.unmodifiableList(tags));
        return byRecord;
    }

    @Override
    public void addTagging(TaggableKind kind, long recordId, long tagId) {
        boolean present = jdbc.one(
                        "SELECT 1 FROM crm_tagging WHERE kind = ? AND record_id = ? AND tag_id = ?",
                        rs -> true,
                        kind.code(),
                        recordId,
                        tagId)
                .isPresent();
        if (!present) {
            jdbc.update(
                    "INSERT INTO crm_tagging (kind, record_id, tag_id) VALUES (?, ?, ?)", kind.code(), recordId, tagId);
        }
    }

    @Override
    public void removeTagging(TaggableKind kind, long recordId, long tagId) {
        jdbc.update(
                "DELETE FROM crm_tagging WHERE kind = ? AND record_id = ? AND tag_id = ?",
                kind.code(),
                recordId,
                tagId);
    }

    @Override
    public void removeTaggings(TaggableKind kind, long recordId) {
        jdbc.update("DELETE FROM crm_tagging WHERE kind = ? AND record_id = ?", kind.code(), recordId);
    }

    private Tag tag(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("name"), jdbc.instant(rs, "created_at"));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
