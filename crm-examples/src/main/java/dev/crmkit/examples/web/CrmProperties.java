package dev.crmkit.examples.web;

import dev.crmkit.examples.StorageKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crm.*} settings of the web app. The database itself is Boot's {@code spring.datasource.*};
 * {@code crm.default-currency} and {@code crm.migrate} belong to crmkit's auto-configuration, and the
 * assistant's {@code crm.agent.*} to crm-agent's ({@code dev.crmkit.agent.boot.CrmAgentProperties}).
 *
 * @param storage the adapter: {@code jpa} or {@code mybatis}
 * @param seed whether to fill an empty database with sample data at start
 */
@ConfigurationProperties("crm")
public record CrmProperties(
        @DefaultValue("jpa") StorageKind storage,
        @DefaultValue("false") boolean seed) {}
