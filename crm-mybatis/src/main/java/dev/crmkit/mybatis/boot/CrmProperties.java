package dev.crmkit.mybatis.boot;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crm.*} settings of crmkit's Spring Boot auto-configuration.
 *
 * @param storage the adapter when both crm-jpa and crm-mybatis are on the class path: {@code jpa}
 *     or {@code mybatis}; unset, whichever auto-configuration runs first
 * @param defaultCurrency the ISO 4217 currency of deals created without one
 * @param migrate whether to migrate crmkit's schema at start, before the application's JPA starts
 * @param trashRetention how long a deleted record stays in the trash before {@code crm.trash().purgeExpired()}
 *     removes it ({@code crm.trash-retention}, e.g. {@code 30d})
 */
@ConfigurationProperties("crm")
public record CrmProperties(
        @Nullable String storage,
        @DefaultValue("USD") String defaultCurrency,
        @DefaultValue("true") boolean migrate,
        @DefaultValue("30d") Duration trashRetention) {}
