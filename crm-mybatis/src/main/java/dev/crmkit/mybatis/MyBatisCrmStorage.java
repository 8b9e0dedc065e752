package dev.crmkit.mybatis;

import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.mybatis.internal.Edge;
import dev.crmkit.mybatis.internal.MyBatisUnitOfWork;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crm-core's storage over MyBatis: the crmkit schema (migrated by {@code CrmSchema}) read and
 * written through XML mappers. Build it over a data source, or over a host's own {@link
 * SqlSessionFactory}:
 *
 * <pre>{@code
 * CrmSchema.migrate(dataSource);
 * Crm crm = Crm.builder().storage(MyBatisCrmStorage.create(dataSource)).build();
 * }</pre>
 *
 * <p>Each {@link #begin() unit of work} is one MyBatis session on one connection, committed only
 * by {@link UnitOfWork#commit()}. Errors are translated into crm-core's exceptions; nothing from
 * MyBatis or JDBC reaches the caller. Thread-safe.
 */
public final class MyBatisCrmStorage implements CrmStorage {

    private static final Logger log = LoggerFactory.getLogger(MyBatisCrmStorage.class);

    private final SqlSessionFactory factory;

    private MyBatisCrmStorage(SqlSessionFactory factory) {
        this.factory = factory;
    }

    /**
     * A storage with its own MyBatis configuration over {@code dataSource}, which stays the
     * host's: {@link #close()} does not close it.
     *
     * @param dataSource the host's data source over a database with the crmkit schema
     * @return the storage, thread-safe
     * @throws StorageException when the database cannot be reached or is not H2, PostgreSQL or
     *     MariaDB/MySQL
     */
    public static MyBatisCrmStorage create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Configuration configuration =
                new Configuration(new Environment("crmkit", new JdbcTransactionFactory(), dataSource));
        configuration.setDatabaseId(Dialect.of(dataSource).folder());
        MyBatisCrmMappers.registerWith(configuration);
        return create(new SqlSessionFactoryBuilder().build(configuration));
    }

    /**
     * A storage over a host's MyBatis setup, e.g. the {@code SqlSessionFactory} of
     * mybatis-spring, whose transactions the units of work then join. The host must have run
     * {@link MyBatisCrmMappers#registerWith(org.apache.ibatis.session.Configuration)} on its
     * configuration, and set a {@code databaseId} from {@link MyBatisCrmMappers#DATABASE_IDS}
     * (see {@link MyBatisCrmMappers#databaseIdProvider()}).
     *
     * @param factory the host's session factory
     * @return the storage, thread-safe
     * @throws IllegalArgumentException when the mappers are not registered or the {@code
     *     databaseId} is missing or unknown
     */
    public static MyBatisCrmStorage create(SqlSessionFactory factory) {
        Configuration configuration = Objects.requireNonNull(factory, "factory").getConfiguration();
        if (!MyBatisCrmMappers.isRegistered(configuration)) {
            throw new IllegalArgumentException("the crmkit mappers are not registered in this SqlSessionFactory:"
                    + " call MyBatisCrmMappers.registerWith(configuration) while building it");
        }
        String databaseId = configuration.getDatabaseId();
        if (databaseId == null || !MyBatisCrmMappers.DATABASE_IDS.contains(databaseId)) {
            throw new IllegalArgumentException("the SqlSessionFactory's databaseId is " + databaseId
                    + "; crmkit needs one of " + MyBatisCrmMappers.DATABASE_IDS
                    + ": use MyBatisCrmMappers.databaseIdProvider() or map your product name to one of them");
        }
        log.debug("crmkit MyBatis storage on {}", databaseId);
        return new MyBatisCrmStorage(factory);
    }

    /**
     * Opens a session; its connection is taken when the first statement runs.
     *
     * @throws StorageException when MyBatis cannot open a session
     */
    @Override
    public UnitOfWork begin() {
        // SIMPLE whatever the host's default: a BATCH executor would defer statements and report no row counts.
        return Edge.call(() -> new MyBatisUnitOfWork(factory.openSession(ExecutorType.SIMPLE, false)));
    }

    /** Nothing to release: the data source, or the host's factory, belongs to the host. */
    @Override
    public void close() {
        log.debug("crmkit MyBatis storage closed");
    }
}
