package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Liquibase path of crm-core's README, run as written there. */
class CrmSchemaLiquibaseTest {

    private static final String CHANGELOG = "dev/crmkit/core/liquibase/crmkit-changelog.xml";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_create_crmkit_tables_from_the_scripts_in_crm_core_jar(TestDatabase kind) throws Exception {
        try (IsolatedDatabase database = kind.open()) {
            liquibaseUpdate(database.dataSource());

            insertContact(database.dataSource());
            assertThat(count(database.dataSource(), "crm_contact")).isEqualTo(1);
            assertThat(count(database.dataSource(), "DATABASECHANGELOG")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_take_over_a_schema_crmkit_migrated_keeping_its_rows(TestDatabase kind) throws Exception {
        try (IsolatedDatabase database = kind.open()) {
            CrmSchema.migrate(database.dataSource());
            insertContact(database.dataSource());

            liquibaseUpdate(database.dataSource());

            assertThat(count(database.dataSource(), "crm_contact")).isEqualTo(1);
            assertThat(count(database.dataSource(), "DATABASECHANGELOG")).isEqualTo(1);
        }
    }

    private static void liquibaseUpdate(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (connection.getSchema() != null) {
                database.setDefaultSchemaName(connection.getSchema());
            }
            Scope.child(
                    Scope.Attr.resourceAccessor,
                    new ClassLoaderResourceAccessor(),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
        }
    }

    private static void insertContact(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                    + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com', 'ada lovelace', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
        }
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
