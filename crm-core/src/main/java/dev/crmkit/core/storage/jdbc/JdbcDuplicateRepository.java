package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.duplicate.DuplicateBlock;
import dev.crmkit.core.duplicate.DuplicateCandidate;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.DuplicateReason;
import dev.crmkit.core.storage.DuplicateRepository;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link DuplicateRepository} on the connection of an adapter's unit of work, shared by both
 * adapters: the keys are generated columns that no entity or mapper writes. Two statements per
 * call: a {@code GROUP BY} of the key column from the cursor on, which the key's index serves in
 * order and stops at the limit, then the first members of those keys. Table and column names
 * come from the fixed switch below, never from a caller.
 */
public final class JdbcDuplicateRepository extends JdbcRepository implements DuplicateRepository {

    /**
     * @param connection the connection of the current transaction, with the adapter's pending
     *     writes flushed; called for each statement, never closed here
     */
    public JdbcDuplicateRepository(Supplier<Connection> connection) {
        super(connection);
    }

    @Override
    public List<DuplicateBlock> blocks(
            DuplicateKind kind, DuplicateReason reason, String afterKey, int limit, int membersMax) {
        String table = kind == DuplicateKind.CONTACT ? "crm_contact" : "crm_company";
        String column = column(reason);
        String emailKey = kind == DuplicateKind.CONTACT ? "email_key" : "NULL";
        List<Map.Entry<String, Integer>> keys = jdbc.list(
                "SELECT " + column + ", COUNT(*) FROM " + table + " WHERE " + column + " > ?"
                        + " GROUP BY " + column + " HAVING COUNT(*) > 1 ORDER BY " + column
                        + " LIMIT " + limit,
                rs -> Map.entry(rs.getString(1), rs.getInt(2)),
                afterKey);
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, List<DuplicateCandidate>> members = new LinkedHashMap<>();
        keys.forEach(key -> members.put(key.getKey(), new ArrayList<>()));
        jdbc.list(
                        "SELECT id, k, e, p, n FROM (SELECT id, " + column + " AS k, " + emailKey
                                + " AS e, phone_key AS p, name_key AS n, ROW_NUMBER() OVER (PARTITION BY " + column
                                + " ORDER BY id) AS rn FROM " + table + " WHERE " + column + " IN ("
                                + String.join(", ", Collections.nCopies(keys.size(), "?"))
                                + ")) m WHERE rn <= " + membersMax + " ORDER BY k, id",
                        rs -> Map.entry(
                                rs.getString("k"),
                                new DuplicateCandidate(
                                        rs.getLong("id"), rs.getString("e"), rs.getString("p"), rs.getString("n"))),
                        keys.stream().map(Map.Entry::getKey).toArray())
                .forEach(row -> members.get(row.getKey()).add(row.getValue()));
        return keys.stream()
                .map(key -> new DuplicateBlock(key.getKey(), key.getValue(), members.get(key.getKey())))
                .toList();
    }

    private static String column(DuplicateReason reason) {
        return switch (reason) {
            case SAME_EMAIL -> "email_key";
            case SAME_PHONE -> "phone_key";
            case SIMILAR_NAME -> "name_key";
        };
    }
}
