package dev.crmkit.core.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Tells from crmkit's history table alone, with one query and without starting Flyway, whether
 * {@link CrmSchema#migrate} has nothing to do: Flyway's scan and validation are most of the cost of
 * a start whose schema is current (a command line pays it on every command).
 *
 * <p>The history is current when every row succeeded, every one of crmkit's scripts is recorded
 * (or lies below a baseline row) under its own file name with the checksum Flyway computes for the
 * script this version ships, and no version above the newest script is recorded. Anything else — a
 * database that is behind, ahead (a newer crmkit ran), failed, edited or unknown — goes to Flyway,
 * which migrates, validates or refuses exactly as before.
 */
final class HistoryCheck {

    /** Flyway's rows that record no migration: its baseline and its notes on creating the schema and table. */
    private static final Set<String> NOTES = Set.of("BASELINE", "SCHEMA", "TABLE");

    private HistoryCheck() {}

    /**
     * Whether crmkit's history in {@code connection}'s current schema records exactly the scripts
     * this version ships for {@code dialect}.
     *
     * @param names the tables of the current schema ({@link SchemaTables#names})
     */
    static boolean current(Connection connection, Dialect dialect, List<String> names) throws SQLException {
        Optional<String> table =
                names.stream().filter(CrmSchema.HISTORY_TABLE::equalsIgnoreCase).findFirst();
        if (table.isEmpty()) {
            return false;
        }
        Map<Integer, Script> expected = new HashMap<>();
        int latest = 0;
        for (CrmScript script : CrmSchema.scripts(dialect)) {
            expected.put(script.version(), new Script(script.fileName(), checksum(script.sql())));
            latest = Math.max(latest, script.version());
        }
        String sql = "SELECT " + column(connection, "version") + ", " + column(connection, "script") + ", "
                + column(connection, "checksum") + ", " + column(connection, "type") + ", "
                + column(connection, "success") + " FROM " + SchemaTables.quote(connection, table.get());
        int highest = 0;
        int baseline = 0;
        Set<Integer> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String version = rows.getString(1);
                String script = rows.getString(2);
                int checksum = rows.getInt(3);
                boolean noChecksum = rows.wasNull();
                String type = rows.getString(4);
                if (!rows.getBoolean(5)) {
                    return false;
                }
                boolean numbered = version != null && version.matches("\\d{1,9}");
                if (NOTES.contains(type) && (version == null || numbered)) {
                    // Flyway's note on creating the table (H2: version null) or a baseline.
                    if (numbered) {
                        highest = Math.max(highest, Integer.parseInt(version));
                        if (type.equals("BASELINE")) {
                            baseline = Math.max(baseline, Integer.parseInt(version));
                        }
                    }
                    continue;
                }
                if (!numbered) {
                    return false;
                }
                int number = Integer.parseInt(version);
                highest = Math.max(highest, number);
                Script ours = expected.get(number);
                if (!"SQL".equals(type)
                        || ours == null
                        || !ours.fileName().equals(script)
                        || noChecksum
                        || ours.checksum() != checksum) {
                    return false;
                }
                applied.add(number);
            }
        }
        if (highest != latest) {
            return false;
        }
        for (int version : expected.keySet()) {
            if (version > baseline && !applied.contains(version)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Flyway's checksum of an SQL script: the CRC-32 of its lines' UTF-8 bytes without their line
     * endings (and without a byte-order mark), as a signed int.
     */
    static int checksum(String sql) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(sql))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = lines.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static String column(Connection connection, String name) throws SQLException {
        return SchemaTables.quote(connection, name);
    }

    private record Script(String fileName, int checksum) {}
}
