package dev.crmkit.examples.web;

import dev.crmkit.core.Crm;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.examples.web.idempotency.RequestTransactions;
import dev.crmkit.jpa.boot.CrmSchemaMigration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the app adds to crmkit's Spring Boot auto-configuration, which builds the {@link Crm} bean
 * ({@code crm.default-currency}, listener beans): the app's own tables ({@link AppSchema}), and the
 * storage, over the adapter {@code crm.storage} names. The storage is the app's own bean, not the
 * auto-configured one, because it runs over {@link RequestTransactions}' data source: an API request
 * with an Idempotency-Key commits crmkit's writes together with its key. The app has no JPA of its
 * own, so there is no host transaction to join.
 *
 * <p>crmkit's schema (unless {@code crm.migrate=false}), the app's tables and the adapter start in
 * the background ({@link BackgroundStorage}) while the rest of the context starts; {@link
 * ReadyBeforeServing} waits for them, and seeds an empty database with {@code crm.seed}, before the
 * web server opens its port.
 */
@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    /**
     * Stands in for the auto-configuration's migration bean (either adapter's backs off for a bean of
     * this name), which would migrate on the main thread: opening the pool and the database file there
     * was the main thread's longest wait on crmkit. The storage thread migrates instead, first.
     */
    @Bean(CrmSchemaMigration.BEAN_NAME)
    CrmSchemaMigration crmSchemaMigration(DataSource dataSource) {
        return new CrmSchemaMigration(dataSource, false);
    }

    @Bean
    BackgroundStorage crmStorage(
            DataSource dataSource,
            CrmProperties properties,
            RequestTransactions transactions,
            @Value("${crm.migrate:true}") boolean migrate) {
        DataSource joining = transactions.wrap(dataSource);
        return BackgroundStorage.start(() -> {
            if (migrate) {
                CrmSchema.migrate(dataSource);
            }
            AppSchema.migrate(dataSource);
            return properties.storage().create(joining);
        });
    }

    @Bean
    ReadyBeforeServing readyBeforeServing(BackgroundStorage crmStorage, Crm crm, CrmProperties properties) {
        return new ReadyBeforeServing(crmStorage, crm, properties.seed());
    }
}
