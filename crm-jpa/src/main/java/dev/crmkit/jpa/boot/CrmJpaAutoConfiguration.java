package dev.crmkit.jpa.boot;

import dev.crmkit.core.Crm;
import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.event.CrmEventListener;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.jpa.spring.SpringJpaCrmStorage;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * crmkit for a Spring Boot application that has crm-jpa: a {@link Crm} bean over the application's
 * data source, its schema migrated at start, and every {@link CrmEventListener} bean registered.
 *
 * <ul>
 *   <li>With the application's own JPA (an {@link EntityManagerFactory} and its transaction
 *       manager, as spring-boot-starter-data-jpa gives): crmkit's entities join its persistence
 *       unit (which gets {@code hibernate.jdbc.time_zone=UTC} unless set), its units of work join
 *       the application's transactions ({@link SpringJpaCrmStorage}), and the factory waits for
 *       crmkit's migration, so {@code ddl-auto=validate} finds crmkit's tables.</li>
 *   <li>Without one: {@link JpaCrmStorage#create(DataSource)}, crmkit's own entity manager factory
 *       and transactions.</li>
 * </ul>
 *
 * Settings: {@link CrmProperties}. A {@link Clock} bean, when there is one, is crmkit's clock; an
 * {@link Executor} bean named {@value #EVENT_EXECUTOR} delivers the events instead of the
 * committing thread; an {@link AgentRetention} bean (crm-agent's auto-configuration makes one from
 * {@code crm.agent.retention.*}) bounds the assistant's stored state.
 * Any of the beans can be replaced by declaring one of the same type.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        })
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "crm", name = "storage", havingValue = "jpa", matchIfMissing = true)
@EnableConfigurationProperties(CrmProperties.class)
public final class CrmJpaAutoConfiguration {

    /** The name of the optional {@link Executor} bean that delivers crmkit's events. */
    public static final String EVENT_EXECUTOR = "crmEventExecutor";

    /** Migrates crmkit's schema (see {@link CrmSchemaMigration}). */
    @Bean(CrmSchemaMigration.BEAN_NAME)
    @ConditionalOnMissingBean
    CrmSchemaMigration crmSchemaMigration(DataSource dataSource, CrmProperties properties) {
        return new CrmSchemaMigration(dataSource, properties.migrate());
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

    /** crmkit inside the application's own JPA. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {
                "org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
                "org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor",
                "org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer"
            })
    static class HostJpa {

        /** The application's entity manager factory starts after crmkit's migration. */
        @Bean
        static EntityManagerFactoryDependsOnPostProcessor crmSchemaBeforeEntityManagerFactory() {
            return new EntityManagerFactoryDependsOnPostProcessor(CrmSchemaMigration.BEAN_NAME);
        }

        /** crmkit's entities in the application's persistence unit. */
        @Bean
        EntityManagerFactoryBuilderCustomizer crmEntities() {
            return builder -> builder.addPersistenceUnitPostProcessors(unit ->
                    JpaCrmStorage.entityClasses().forEach(entity -> unit.addManagedClassName(entity.getName())));
        }

        /** UTC timestamps and direct {@code LocalDate} binding, unless the application chose otherwise. */
        @Bean
        HibernatePropertiesCustomizer crmHibernateProperties() {
            return properties -> {
                properties.putIfAbsent(AvailableSettings.JDBC_TIME_ZONE, "UTC");
                properties.putIfAbsent(AvailableSettings.JAVA_TIME_USE_DIRECT_JDBC, true);
            };
        }

        /** crmkit's units of work in the application's transactions. */
        @Bean
        @ConditionalOnMissingBean(CrmStorage.class)
        @ConditionalOnBean({EntityManagerFactory.class, PlatformTransactionManager.class})
        CrmStorage crmStorage(
                EntityManagerFactory factory, PlatformTransactionManager transactions, CrmSchemaMigration migrated) {
            return SpringJpaCrmStorage.create(factory, transactions);
        }
    }

    /** Without the application's own JPA: crmkit's own factory and transactions. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(EntityManagerFactory.class)
    static class OwnJpa {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(CrmStorage.class)
        CrmStorage crmStorage(DataSource dataSource, CrmSchemaMigration migrated) {
            return JpaCrmStorage.create(dataSource);
        }
    }
}
