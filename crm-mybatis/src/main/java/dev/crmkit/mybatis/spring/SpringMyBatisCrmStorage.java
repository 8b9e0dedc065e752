package dev.crmkit.mybatis.spring;

import dev.crmkit.core.spring.SpringUnitOfWork;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The MyBatis adapter inside a Spring application: crmkit's units of work take part in the
 * application's transactions through mybatis-spring, on the connection Spring binds to the
 * transaction, as the host's own mappers do:
 *
 * <pre>{@code
 * CrmStorage storage = SpringMyBatisCrmStorage.create(sqlSessionFactory, transactionManager);
 * Crm crm = Crm.builder().storage(storage).build();
 * }</pre>
 *
 * <ul>
 *   <li>Inside a host transaction a unit of work joins it: the host's commit commits crmkit's
 *       writes with its own, a rollback undoes both, and a failed crmkit call marks the host's
 *       transaction rollback-only. crmkit's events are published after the host commits, and not
 *       at all when it rolls back.</li>
 *   <li>Outside one, each unit of work is a transaction of its own, begun through the same
 *       transaction manager, that rolls back unless committed. (A bare mybatis-spring session
 *       would run in auto-commit there.)</li>
 * </ul>
 *
 * <p>The factory is mybatis-spring's (its environment uses {@code SpringManagedTransactionFactory}),
 * with the crmkit mappers registered and a crmkit {@code databaseId} (see {@link
 * dev.crmkit.mybatis.MyBatisCrmMappers}); the transaction manager must manage the factory's data
 * source (a {@code DataSourceTransactionManager} over it, or a {@code JpaTransactionManager} whose
 * data source it is). Thread-safe.
 */
public final class SpringMyBatisCrmStorage implements CrmStorage {

    private final MyBatisCrmStorage storage;
    private final DataSource dataSource;
    private final PlatformTransactionManager transactions;

    private SpringMyBatisCrmStorage(
            MyBatisCrmStorage storage, DataSource dataSource, PlatformTransactionManager transactions) {
        this.storage = storage;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * Builds the storage over the host's session factory, joined to the host's transactions.
     *
     * @param factory the host's mybatis-spring session factory, with crmkit's mappers
     * @param transactions the host's transaction manager for the factory's data source
     * @return the storage
     * @throws IllegalArgumentException when the factory is not mybatis-spring's, lacks the crmkit
     *     mappers or has no crmkit {@code databaseId}
     */
    public static SpringMyBatisCrmStorage create(SqlSessionFactory factory, PlatformTransactionManager transactions) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(transactions, "transactions");
        Environment environment = factory.getConfiguration().getEnvironment();
        if (environment == null || !(environment.getTransactionFactory() instanceof SpringManagedTransactionFactory)) {
            throw new IllegalArgumentException("crmkit joins Spring transactions through mybatis-spring: build the"
                    + " SqlSessionFactory with SqlSessionFactoryBean (SpringManagedTransactionFactory)");
        }
        return new SpringMyBatisCrmStorage(
                MyBatisCrmStorage.create(factory), environment.getDataSource(), transactions);
    }

    /**
     * Joins the host's transaction on this thread, or begins one.
     *
     * @throws IllegalStateException when the transaction manager does not manage the factory's data source
     * @throws dev.crmkit.core.kernel.StorageException when no transaction can be begun
     */
    @Override
    public UnitOfWork begin() {
        return SpringUnitOfWork.begin(transactions, () -> {
            if (!TransactionSynchronizationManager.hasResource(dataSource)) {
                throw new IllegalStateException("the transaction manager " + transactions
                        + " does not manage the data source of crmkit's SqlSessionFactory: use a"
                        + " DataSourceTransactionManager over it");
            }
            return storage.begin();
        });
    }

    /** Nothing to release: the factory and its data source are the host's. */
    @Override
    public void close() {
        storage.close();
    }
}
