package dev.crmkit.examples.web.idempotency;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Wires {@link IdempotencyFilter}: its table's store, the request transactions crmkit joins, and a
 * task that purges expired keys every {@code crm.idempotency.purge-interval}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    /**
     * After Spring Security's filters (order -100), so the principal is known; long after the body
     * size limit (highest precedence), so the body read here is already bounded.
     */
    static final int FILTER_ORDER = 0;

    @Bean
    RequestTransactions requestTransactions() {
        return new RequestTransactions();
    }

    @Bean
    IdempotencyStore idempotencyStore(
            DataSource dataSource, ObjectProvider<Clock> clock, IdempotencyProperties properties) {
        return new IdempotencyStore(dataSource, clock.getIfAvailable(Clock::systemUTC), properties);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyStore store,
            DataSource dataSource,
            RequestTransactions transactions,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, dataSource, transactions, problems));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    SchedulingConfigurer purgeExpiredIdempotencyKeys(IdempotencyStore store, IdempotencyProperties properties) {
        return registrar -> registrar.addFixedDelayTask(store::purgeExpired, properties.purgeInterval());
    }
}
