package dev.crmkit.jpa;

import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crm-core's storage over Jakarta Persistence with Hibernate, on the tables of {@link
 * dev.crmkit.core.schema.CrmSchema}. Build it over the host's pooled data source:
 *
 * <pre>{@code
 * CrmSchema.migrate(dataSource);
 * Crm crm = Crm.builder().storage(JpaCrmStorage.create(dataSource)).build();
 * }</pre>
 *
 * <p>or over an entity manager factory the host already has, once that factory manages the
 * adapter's entities (see {@link #configure(PersistenceConfiguration)} and {@link
 * #entityClasses()}).
 *
 * <p>Guarantees: every unit of work is one resource-local transaction that rolls back unless
 * committed; instants are written and read in UTC whatever the JVM's or database session's time
 * zone; each repository operation runs a fixed number of SQL statements; and every persistence or
 * SQL exception is translated into the {@link dev.crmkit.core.kernel.CrmException} hierarchy, so no
 * Hibernate, JPA or JDBC type reaches a caller.
 *
 * <p>Thread-safe: any thread may {@link #begin()} a unit of work; each unit of work stays on the
 * thread that began it.
 */
public final class JpaCrmStorage implements CrmStorage {

    private static final Logger log = LoggerFactory.getLogger(JpaCrmStorage.class);

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final SessionFactory sessionFactory;
    private final boolean ownsFactory;

    private JpaCrmStorage(SessionFactory sessionFactory, boolean ownsFactory) {
        this.sessionFactory = sessionFactory;
        this.ownsFactory = ownsFactory;
    }

    /**
     * Builds the adapter over the host's data source (usually a pool such as HikariCP). The
     * adapter creates its own entity manager factory, validates the mapping against the schema
     * (migrate it first with {@link dev.crmkit.core.schema.CrmSchema#migrate(DataSource)}) and
     * closes the factory in {@link #close()}; the data source stays the host's to close.
     *
     * @param dataSource the host's data source over a database with the crmkit schema
     * @return the adapter, thread-safe; close it when the application stops
     * @throws StorageException when the database cannot be reached or its schema does not match
     */
    public static JpaCrmStorage create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            SessionFactory factory = JpaBootstrap.sessionFactory(dataSource);
            log.info("crmkit JPA storage started over {}", dataSource);
            return new JpaCrmStorage(factory, true);
        } catch (RuntimeException e) {
            throw new StorageException(
                    "cannot start the crmkit JPA storage (is the crmkit schema migrated?): " + e.getMessage(), e);
        }
    }

    /**
     * Builds the adapter over a Hibernate entity manager factory the host owns, whose persistence
     * unit includes {@link #entityClasses()} and uses resource-local transactions. The adapter
     * opens its own entity managers from it, each with UTC as its JDBC time zone, and never closes
     * the factory.
     *
     * @param factory the host's Hibernate entity manager factory
     * @return the adapter, thread-safe; closing it leaves the factory open
     * @throws IllegalArgumentException when the factory is not Hibernate's or lacks the adapter's entities
     */
    public static JpaCrmStorage create(EntityManagerFactory factory) {
        Objects.requireNonNull(factory, "factory");
        SessionFactory sessionFactory;
        try {
            sessionFactory = factory.unwrap(SessionFactory.class);
        } catch (PersistenceException e) {
            throw new IllegalArgumentException("JpaCrmStorage needs Hibernate as the JPA provider", e);
        }
        for (Class<?> entity : JpaBootstrap.ENTITIES) {
            try {
                factory.getMetamodel().entity(entity);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "the entity manager factory does not manage crmkit's entities: add"
                                + " JpaCrmStorage.entityClasses() to its persistence unit, e.g. with"
                                + " JpaCrmStorage.configure(configuration)",
                        e);
            }
        }
        return new JpaCrmStorage(sessionFactory, false);
    }

    /**
     * The adapter's entity classes, for a host that builds its own persistence unit: list them as
     * managed classes. Their JPQL names start with {@code Crm} so they do not clash with the host's.
     *
     * @return the entity classes, unmodifiable
     */
    public static List<Class<?>> entityClasses() {
        return JpaBootstrap.ENTITIES;
    }

    /**
     * Prepares a host's persistence unit for the adapter: adds {@link #entityClasses()} and sets
     * the JDBC time zone to UTC and a statement batch size. Other settings, such as the data
     * source and {@code hibernate.hbm2ddl.auto}, stay the host's.
     *
     * @param configuration the host's persistence unit configuration, before it builds its factory
     * @param <C> the configuration's type, e.g. Hibernate's {@code HibernatePersistenceConfiguration}
     * @return {@code configuration}, for chaining
     */
    public static <C extends PersistenceConfiguration> C configure(C configuration) {
        return JpaBootstrap.configure(Objects.requireNonNull(configuration, "configuration"));
    }

    /** @throws StorageException when no connection can be had */
    @Override
    public UnitOfWork begin() {
        // The session's own time zone, so that instants stay UTC even over a host factory that
        // did not set hibernate.jdbc.time_zone.
        return new JpaUnitOfWork(JpaErrors.call(
                () -> sessionFactory.withOptions().jdbcTimeZone(UTC).openSession()));
    }

    /**
     * A unit of work inside a transaction the caller runs on {@code entityManager}, one of this
     * adapter's factory: {@link UnitOfWork#commit()} only flushes (the caller commits), and {@link
     * UnitOfWork#close()} neither rolls back nor closes the entity manager (the caller decides).
     * This is how a host's transaction is joined; {@code dev.crmkit.jpa.spring} does it for
     * Spring-managed transactions.
     *
     * @throws IllegalStateException when the factory does not set {@code hibernate.jdbc.time_zone}
     *     to UTC (see {@link #configure(PersistenceConfiguration)}): the adapter cannot set the time
     *     zone of a session it did not open
     */
    public UnitOfWork join(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager");
        TimeZone zone = sessionFactory
                .unwrap(SessionFactoryImplementor.class)
                .getSessionFactoryOptions()
                .getJdbcTimeZone();
        if (zone == null || !zone.toZoneId().normalized().equals(UTC.toZoneId().normalized())) {
            throw new IllegalStateException("crmkit joins this entity manager factory's transactions only when its"
                    + " hibernate.jdbc.time_zone is UTC (it is " + (zone == null ? "unset" : zone.getID())
                    + "): set it, e.g. with JpaCrmStorage.configure(configuration)");
        }
        return new JpaUnitOfWork(entityManager, true);
    }

    /** Closes the entity manager factory if the adapter built it; a host's factory stays open. */
    @Override
    public void close() {
        if (ownsFactory && sessionFactory.isOpen()) {
            sessionFactory.close();
        }
    }

    /** The factory in use, for the adapter's own tests (statement statistics). */
    SessionFactory sessionFactory() {
        return sessionFactory;
    }
}
