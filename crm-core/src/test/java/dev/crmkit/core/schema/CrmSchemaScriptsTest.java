package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** crmkit's scripts as plain SQL, and the ways a host applies them without {@link CrmSchema#migrate}. */
class CrmSchemaScriptsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void should_export_every_script_of_the_dialect_folder_in_order(Dialect dialect)
            throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(
                        CrmSchema.class.getClassLoader().getResource("dev/crmkit/core/schema/" + dialect.folder()))
                .toURI());
        List<String> files;
        try (Stream<Path> paths = Files.list(folder)) {
            // In version order, not text order: V11 comes after V6.
            files = paths.map(path -> path.getFileName().toString())
                    .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
                    .toList();
        }

        List<CrmScript> scripts = CrmSchema.scripts(dialect);

        assertThat(scripts).extracting(CrmScript::fileName).containsExactlyElementsOf(files);
        assertThat(scripts).extracting(CrmScript::version).isSorted();
        for (CrmScript script : scripts) {
            assertThat(script.sql())
                    .isEqualTo(Files.readString(folder.resolve(script.fileName()), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_accept_its_scripts_run_by_the_host_own_flyway_under_crmkit_history(TestDatabase kind) {
        try (IsolatedDatabase database = kind.open()) {
            // The recipe of crm-core's README: a second Flyway of the host's, configured as crmkit's.
            Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations(CrmSchema.location(Dialect.of(database.dataSource())))
                    .table(CrmSchema.HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();

            assertThat(CrmSchema.migrate(database.dataSource())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_refuse_to_migrate_tables_another_tool_created(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            Dialect dialect = Dialect.of(database.dataSource());
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                for (String sql : statements(CrmSchema.scripts(dialect).get(0).sql())) {
                    statement.execute(sql);
                }
            }

            assertThatThrownBy(() -> CrmSchema.migrate(database.dataSource()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining(CrmSchema.HISTORY_TABLE)
                    .hasMessageContaining("another tool");
        }
    }

    /** The script's statements: comments dropped, split at semicolons (the scripts have no others). */
    private static List<String> statements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .reduce("", (all, line) -> all + line + "\n");
        return Stream.of(withoutComments.split(";"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }
}
