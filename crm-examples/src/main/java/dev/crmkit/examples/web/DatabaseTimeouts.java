package dev.crmkit.examples.web;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * How long the JDBC driver itself may wait on the network, so that a database that vanished
 * (stopped, or a network that drops packets) costs a request seconds, not minutes. The pool's own
 * wait for a connection is {@code spring.datasource.hikari.connection-timeout}; these two cover what
 * the pool cannot: opening a connection and waiting for a statement's reply on a dead socket.
 *
 * <p>They are given to the PostgreSQL and MariaDB drivers in each one's unit (seconds / milliseconds),
 * unless the JDBC URL or {@code spring.datasource.hikari.data-source-properties} already set them.
 * H2 (embedded) needs neither.
 *
 * @param connectTimeout how long opening a TCP connection to the database may take
 * @param socketTimeout how long a statement may wait for the database to answer; also the longest a
 *     single query may run, so keep it above the slowest legitimate query
 */
@ConfigurationProperties("crm.datasource")
public record DatabaseTimeouts(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration socketTimeout) {

    private static final Logger log = LoggerFactory.getLogger(DatabaseTimeouts.class);

    /** Sets the timeouts on Boot's pool before it opens its first connection. */
    @Configuration(proxyBeanMethods = false)
    static class Apply {

        // Static and bound by hand: a post-processor is created before configuration properties are.
        @Bean
        static BeanPostProcessor driverTimeouts(Environment environment) {
            DatabaseTimeouts timeouts = Binder.get(environment)
                    .bind("crm.datasource", DatabaseTimeouts.class)
                    .orElseGet(() -> new DatabaseTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
                        timeouts.applyTo(pool);
                    }
                    return bean;
                }
            };
        }
    }

    void applyTo(HikariDataSource pool) {
        String url = pool.getJdbcUrl().toLowerCase(Locale.ROOT);
        boolean seconds = url.startsWith("jdbc:postgresql:");
        boolean millis = url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:");
        if (!seconds && !millis) {
            return;
        }
        Properties properties = pool.getDataSourceProperties();
        setUnlessGiven(
                pool,
                url,
                properties,
                "connectTimeout",
                seconds ? ceilSeconds(connectTimeout) : connectTimeout.toMillis());
        setUnlessGiven(
                pool,
                url,
                properties,
                "socketTimeout",
                seconds ? ceilSeconds(socketTimeout) : socketTimeout.toMillis());
    }

    private static void setUnlessGiven(
            HikariDataSource pool, String url, Properties properties, String name, long value) {
        // Zero means "no limit" to both drivers, so it is passed as zero.
        if (url.contains(name.toLowerCase(Locale.ROOT) + "=") || properties.containsKey(name)) {
            return;
        }
        pool.addDataSourceProperty(name, Long.toString(value));
        log.debug("JDBC driver {}={}", name, value);
    }

    private static long ceilSeconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
