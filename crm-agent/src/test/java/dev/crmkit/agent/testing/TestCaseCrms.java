package dev.crmkit.agent.testing;

import dev.crmkit.agent.eval.CaseCrms;
import dev.crmkit.core.Crm;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.jpa.JpaCrmStorage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CRM per evaluation case, as fresh as a new database at a fraction of the cost: one in-memory H2
 * database with the crmkit schema under the JPA adapter, whose tables are emptied and whose ids restart
 * at 1 before each case (starting Hibernate per case would cost about a second each). A new clock
 * (a new run) gets a new CRM. Close it after the runs.
 */
public final class TestCaseCrms implements CaseCrms, AutoCloseable {

    private final IsolatedDatabase database = TestDatabase.H2.open();
    private @Nullable Clock clock;
    private @Nullable Crm crm;

    public TestCaseCrms() {
        CrmSchema.migrate(database.dataSource());
    }

    @Override
    public CaseCrm open(Clock caseClock) {
        if (crm == null || !caseClock.equals(clock)) {
            closeCrm();
            clock = caseClock;
            crm = Crm.builder()
                    .storage(JpaCrmStorage.create(database.dataSource()))
                    .clock(caseClock)
                    .defaultCurrency("USD")
                    .build();
        }
        empty();
        Crm current = crm;
        return new CaseCrm() {
            @Override
            public Crm crm() {
                return current;
            }

            @Override
            public void close() {
                // kept for the next case, which empties it first
            }
        };
    }

    private void empty() {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'"
                    + " AND LOWER(TABLE_NAME) <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : tables) {
                statement.execute("TRUNCATE TABLE \"" + table + "\" RESTART IDENTITY");
            }
            statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the evaluation database: " + e.getMessage(), e);
        }
    }

    private void closeCrm() {
        if (crm != null) {
            crm.close();
            crm = null;
        }
    }

    @Override
    public void close() {
        closeCrm();
        database.close();
    }
}
