package dev.crmkit.examples.web;

import dev.crmkit.core.Crm;
import dev.crmkit.examples.CrmFactory;
import dev.crmkit.examples.seed.SampleData;
import dev.crmkit.examples.web.idempotency.RequestTransactions;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires crmkit into the app exactly as a host application would: Boot's pooled {@link DataSource},
 * {@code CrmSchema.migrate} (and the app's own tables, {@link AppSchema}), then a {@link Crm} over the adapter {@code crm.storage} names. Boot's
 * own JPA and Flyway auto-configuration are deliberately absent: the adapters build their own
 * EntityManagerFactory / SqlSessionFactory.
 */
@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    /**
     * Closed by Spring at shutdown, which closes the adapter; the pool is Boot's to close. crmkit
     * gets the pool through {@link RequestTransactions}, so an API request with an Idempotency-Key
     * can commit crmkit's writes together with its key.
     */
    @Bean(destroyMethod = "close")
    Crm crm(
            DataSource dataSource,
            CrmProperties properties,
            ObjectProvider<Clock> clock,
            RequestTransactions transactions) {
        AppSchema.migrate(dataSource);
        return CrmFactory.open(
                transactions.wrap(dataSource),
                properties.storage(),
                clock.getIfAvailable(Clock::systemUTC),
                properties.defaultCurrency());
    }

    @Bean
    ApplicationRunner sampleData(Crm crm, CrmProperties properties) {
        return args -> {
            if (properties.seed()) {
                new SampleData(crm).seedIfEmpty();
            }
        };
    }
}
