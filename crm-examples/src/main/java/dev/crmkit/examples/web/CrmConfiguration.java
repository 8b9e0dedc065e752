package dev.crmkit.examples.web;

import dev.crmkit.core.Crm;
import dev.crmkit.examples.web.idempotency.RequestTransactions;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * What the app adds to crmkit's Spring Boot auto-configuration, which migrates crmkit's schema
 * and builds the {@link Crm} bean ({@code crm.default-currency}, listener beans): the app's own
 * tables ({@link AppSchema}), and the storage, over the adapter {@code crm.storage} names. The
 * storage is the app's own bean, not the auto-configured one, because it runs over {@link
 * RequestTransactions}' data source: an API request with an Idempotency-Key commits crmkit's writes
 * together with its key. The app has no JPA of its own, so there is no host transaction to join.
 *
 * <p>The app's tables and the adapter start in the background ({@link BackgroundStorage}) while
 * the rest of the context starts; {@link ReadyBeforeServing} waits for them, and seeds an empty
 * database with {@code crm.seed}, before the web server opens its port.
 */
@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    /** After crmkit's migration (the auto-configuration's bean), so the adapter finds its tables. */
    @Bean
    @DependsOn("crmSchemaMigration")
    BackgroundStorage crmStorage(DataSource dataSource, CrmProperties properties, RequestTransactions transactions) {
        DataSource joining = transactions.wrap(dataSource);
        return BackgroundStorage.start(() -> {
            AppSchema.migrate(dataSource);
            return properties.storage().create(joining);
        });
    }

    @Bean
    ReadyBeforeServing readyBeforeServing(BackgroundStorage crmStorage, Crm crm, CrmProperties properties) {
        return new ReadyBeforeServing(crmStorage, crm, properties.seed());
    }
}
