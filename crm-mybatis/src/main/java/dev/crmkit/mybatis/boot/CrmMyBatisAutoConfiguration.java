package dev.crmkit.mybatis.boot;

import dev.crmkit.core.Crm;
import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.event.CrmEventListener;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.mybatis.MyBatisCrmMappers;
import dev.crmkit.mybatis.spring.SpringMyBatisCrmStorage;
import java.time.Clock;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * crmkit for a Spring Boot application that has crm-mybatis: a {@link Crm} bean over the
 * application's data source whose units of work join the application's transactions through
 * mybatis-spring ({@link SpringMyBatisCrmStorage}), its schema migrated at start (before the
 * application's JPA, if it has one), and every {@link CrmEventListener} bean registered.
 *
 * <ul>
 *   <li>With mybatis-spring-boot-starter: crmkit's mappers are registered in the application's
 *       {@code SqlSessionFactory} (a {@code ConfigurationCustomizer}), with crmkit's {@code
 *       DatabaseIdProvider} unless the application has one.</li>
 *   <li>Without it: a mybatis-spring session factory of crmkit's own over the same data source,
 *       joined to the same transactions.</li>
 * </ul>
 *
 * The transaction manager is the application's (Boot's {@code DataSourceTransactionManager}, or a
 * {@code JpaTransactionManager} over the same data source). Settings: {@link CrmProperties}. A
 * {@link Clock} bean, when there is one, is crmkit's clock; an {@link Executor} bean named {@value
 * #EVENT_EXECUTOR} delivers the events instead of the committing thread; an {@link AgentRetention}
 * bean (crm-agent's auto-configuration makes one from {@code crm.agent.retention.*}) bounds the
 * assistant's stored state. Any of the beans can be replaced by
 * declaring one of the same type.
 */
@AutoConfiguration(
        afterName = {
            "org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        })
@ConditionalOnClass({SpringManagedTransactionFactory.class, PlatformTransactionManager.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "crm", name = "storage", havingValue = "mybatis", matchIfMissing = true)
@EnableConfigurationProperties(CrmProperties.class)
public final class CrmMyBatisAutoConfiguration {

    /** The name of the optional {@link Executor} bean that delivers crmkit's events. */
    public static final String EVENT_EXECUTOR = "crmEventExecutor";

    /**
     * Migrates crmkit's schema (see {@link CrmSchemaMigration}), unless a bean of that name exists:
     * crm-jpa's, when both adapters are on the class path without {@code crm.storage}.
     */
    @Bean(CrmSchemaMigration.BEAN_NAME)
    @ConditionalOnMissingBean(name = CrmSchemaMigration.BEAN_NAME)
    CrmSchemaMigration crmSchemaMigration(DataSource dataSource, CrmProperties properties) {
        return new CrmSchemaMigration(dataSource, properties.migrate());
    }

    /**
     * crmkit's units of work in the application's transactions, over its {@code SqlSessionFactory}
     * when it has one with crmkit's mappers, else over a factory of crmkit's own.
     */
    @Bean
    @ConditionalOnMissingBean(CrmStorage.class)
    @ConditionalOnBean(PlatformTransactionManager.class)
    CrmStorage crmStorage(
            DataSource dataSource,
            ObjectProvider<SqlSessionFactory> factories,
            PlatformTransactionManager transactions,
            @Qualifier(CrmSchemaMigration.BEAN_NAME) Object migrated) {
        SqlSessionFactory factory = factories.getIfUnique();
        if (factory == null) {
            Configuration configuration =
                    new Configuration(new Environment("crmkit", new SpringManagedTransactionFactory(), dataSource));
            configuration.setDatabaseId(Dialect.of(dataSource).folder());
            MyBatisCrmMappers.registerWith(configuration);
            factory = new SqlSessionFactoryBuilder().build(configuration);
        }
        return SpringMyBatisCrmStorage.create(factory, transactions);
    }

    /** The CRM; Spring closes it at shutdown, which leaves the application's factory and data source open. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Crm crm(
            CrmStorage storage,
            CrmProperties properties,
            ObjectProvider<CrmEventListener> listeners,
            ObjectProvider<Clock> clock,
            @Qualifier(EVENT_EXECUTOR) ObjectProvider<Executor> eventExecutor,
            ObjectProvider<AgentRetention> agentRetention) {
        Crm.Builder builder = Crm.builder()
                .storage(storage)
                .clock(clock.getIfUnique(Clock::systemUTC))
                .defaultCurrency(properties.defaultCurrency())
                .trashRetention(properties.trashRetention());
        listeners.orderedStream().forEach(builder::listener);
        eventExecutor.ifAvailable(builder::eventExecutor);
        agentRetention.ifAvailable(builder::agentRetention);
        return builder.build();
    }

    /** crmkit's mappers in the {@code SqlSessionFactory} of mybatis-spring-boot-starter. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer")
    static class HostMyBatis {

        @Bean
        ConfigurationCustomizer crmMappers() {
            return MyBatisCrmMappers::registerWith;
        }

        @Bean
        @ConditionalOnMissingBean
        DatabaseIdProvider crmDatabaseIds() {
            return MyBatisCrmMappers.databaseIdProvider();
        }
    }

    /** An application with JPA: its entity manager factory starts after crmkit's migration. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor")
    static class HostJpa {

        // Named apart from crm-jpa's, so both adapters on one class path do not clash.
        @Bean
        static EntityManagerFactoryDependsOnPostProcessor crmSchemaBeforeEntityManagerFactoryForMyBatis() {
            return new EntityManagerFactoryDependsOnPostProcessor(CrmSchemaMigration.BEAN_NAME);
        }
    }
}
