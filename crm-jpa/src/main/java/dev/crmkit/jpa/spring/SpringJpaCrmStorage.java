package dev.crmkit.jpa.spring;

import dev.crmkit.core.spring.SpringUnitOfWork;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.jpa.JpaCrmStorage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The JPA adapter inside a Spring application: crmkit's units of work take part in the
 * application's transactions on its {@link EntityManagerFactory}, through the transaction-bound
 * entity manager, as a {@code @Transactional} repository of the host's would:
 *
 * <pre>{@code
 * CrmStorage storage = SpringJpaCrmStorage.create(entityManagerFactory, transactionManager);
 * Crm crm = Crm.builder().storage(storage).build();
 *
 * @Transactional
 * void signUp(Order order) {
 *     orders.save(order);                                  // the host's repository
 *     crm.contacts().create(NewContact.of("Ada", "Lovelace", order.email()));
 *     throw new IllegalStateException("both are rolled back");
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Inside a host transaction a unit of work joins it: the host's commit commits crmkit's
 *       writes with its own, a rollback undoes both, and a failed crmkit call marks the host's
 *       transaction rollback-only. crmkit's events are published after the host commits, and not
 *       at all when it rolls back.</li>
 *   <li>Outside one, each unit of work is a transaction of its own (begun through the same
 *       transaction manager) that rolls back unless committed.</li>
 * </ul>
 *
 * <p>The factory's persistence unit must manage {@link JpaCrmStorage#entityClasses()} and set
 * {@code hibernate.jdbc.time_zone} to UTC ({@link JpaCrmStorage#configure}); the transaction
 * manager must manage that factory (a {@code JpaTransactionManager} over it). Thread-safe.
 */
public final class SpringJpaCrmStorage implements CrmStorage {

    private final EntityManagerFactory factory;
    private final PlatformTransactionManager transactions;
    private final JpaCrmStorage storage;

    private SpringJpaCrmStorage(
            EntityManagerFactory factory, PlatformTransactionManager transactions, JpaCrmStorage storage) {
        this.factory = factory;
        this.transactions = transactions;
        this.storage = storage;
    }

    /**
     * Builds the storage over the host's factory, joined to the host's transactions.
     *
     * @param factory the host's entity manager factory (the Spring bean, as its transaction manager knows it)
     * @param transactions the host's transaction manager for that factory
     * @return the storage
     * @throws IllegalArgumentException when the factory is not Hibernate's or lacks crmkit's entities
     */
    public static SpringJpaCrmStorage create(EntityManagerFactory factory, PlatformTransactionManager transactions) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(transactions, "transactions");
        return new SpringJpaCrmStorage(factory, transactions, JpaCrmStorage.create(factory));
    }

    /**
     * Joins the host's transaction on this thread, or begins one.
     *
     * @throws IllegalStateException when the transaction manager does not manage this factory
     * @throws dev.crmkit.core.kernel.StorageException when no transaction can be begun
     */
    @Override
    public UnitOfWork begin() {
        return SpringUnitOfWork.begin(transactions, () -> {
            EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
            if (em == null || !em.isJoinedToTransaction()) {
                throw new IllegalStateException("the transaction manager " + transactions
                        + " does not manage crmkit's EntityManagerFactory: use a JpaTransactionManager over it");
            }
            return storage.join(em);
        });
    }

    /** Nothing to release: the factory is the host's. */
    @Override
    public void close() {
        storage.close();
    }
}
