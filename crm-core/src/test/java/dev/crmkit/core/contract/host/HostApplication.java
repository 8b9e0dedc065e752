package dev.crmkit.core.contract.host;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application of its own, as a host developer writes one: a JPA entity, a Spring
 * Data repository, Flyway migrations, a {@code @Transactional} service, and crmkit only through
 * its auto-configuration (crm-jpa or crm-mybatis on the class path). Its database is the kit's isolated one of
 * the kind {@code host.database} names.
 */
@SpringBootApplication
public class HostApplication {

    @Bean(destroyMethod = "close")
    IsolatedDatabase hostDatabase(@Value("${host.database}") TestDatabase kind) {
        return kind.open();
    }

    @Bean
    DataSource dataSource(IsolatedDatabase hostDatabase) {
        return hostDatabase.dataSource();
    }
}
