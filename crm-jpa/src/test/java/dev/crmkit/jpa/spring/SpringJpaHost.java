package dev.crmkit.jpa.spring;

import dev.crmkit.core.contract.JoinedHost;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.jpa.JpaCrmStorage;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionTemplate;

/** A Spring host as a JPA application has one: its own entity manager factory and a JpaTransactionManager over it. */
final class SpringJpaHost implements JoinedHost {

    private final EntityManagerFactory factory;
    private final TransactionTemplate transactions;
    private final CrmStorage storage;

    SpringJpaHost(DataSource dataSource) {
        factory = JpaCrmStorage.configure(new HibernatePersistenceConfiguration("host"))
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
        JpaTransactionManager manager = new JpaTransactionManager(factory);
        manager.setJpaDialect(new HibernateJpaDialect());
        manager.setDataSource(dataSource);
        manager.afterPropertiesSet();
        transactions = new TransactionTemplate(manager);
        storage = SpringJpaCrmStorage.create(factory, manager);
    }

    @Override
    public CrmStorage storage() {
        return storage;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    @Override
    public void rolledBack(Runnable work) {
        transactions.executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    @Override
    public void close() {
        storage.close();
        factory.close();
    }
}
