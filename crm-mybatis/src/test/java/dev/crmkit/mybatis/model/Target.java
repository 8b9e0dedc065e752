package dev.crmkit.mybatis.model;

import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Function;
import javax.sql.DataSource;

/** One adapter on one database, in a database of its own, emptied before each sequence. */
final class Target implements AutoCloseable {

    private static final String[] TABLES_CHILD_FIRST = {
        "crm_task", "crm_deal", "crm_pipeline_stage", "crm_pipeline", "crm_contact"
    };

    private final String name;
    private final IsolatedDatabase database;
    private final CrmStorage storage;

    private Target(String name, IsolatedDatabase database, CrmStorage storage) {
        this.name = name;
        this.database = database;
        this.storage = storage;
    }

    /** Opens a fresh database of {@code kind}, migrates it, and builds the adapter over it. */
    static Target open(String adapter, TestDatabase kind, Function<DataSource, CrmStorage> factory) {
        IsolatedDatabase database = kind.open();
        CrmSchema.migrate(database.dataSource());
        return new Target(adapter + " on " + kind.displayName(), database, factory.apply(database.dataSource()));
    }

    /** Empties the tables and starts a CRM over them with its own clock at {@code start}. */
    CrmSubject fresh(Instant start) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES_CHILD_FIRST) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + database, e);
        }
        return new CrmSubject(storage, start);
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        storage.close();
        database.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
