package dev.crmkit.mybatis.spring;

import dev.crmkit.core.contract.JoinedHost;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.mybatis.MyBatisCrmMappers;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A Spring host as a MyBatis application has one: mybatis-spring's session factory and a JDBC transaction manager. */
final class SpringMyBatisHost implements JoinedHost {

    private final TransactionTemplate transactions;
    private final CrmStorage storage;

    SpringMyBatisHost(DataSource dataSource) {
        Configuration configuration =
                new Configuration(new Environment("host", new SpringManagedTransactionFactory(), dataSource));
        configuration.setDatabaseId(Dialect.of(dataSource).folder());
        MyBatisCrmMappers.registerWith(configuration);
        JdbcTransactionManager manager = new JdbcTransactionManager(dataSource);
        transactions = new TransactionTemplate(manager);
        storage = SpringMyBatisCrmStorage.create(new SqlSessionFactoryBuilder().build(configuration), manager);
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
    }
}
