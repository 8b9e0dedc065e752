/**
 * Spring Boot auto-configuration for crm-agent: {@link dev.crmkit.agent.boot.CrmAgentAutoConfiguration}
 * (the assistant over the application's {@code Crm} bean, its state in the CRM's database) and its
 * {@code crm.agent.*} settings. Needs Spring Boot, an optional dependency of crm-agent that a Boot
 * application already has.
 */
@NullMarked
package dev.crmkit.agent.boot;

import org.jspecify.annotations.NullMarked;
