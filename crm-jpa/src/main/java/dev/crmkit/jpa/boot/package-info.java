/**
 * Spring Boot auto-configuration for crm-jpa: {@link dev.crmkit.jpa.boot.CrmJpaAutoConfiguration}.
 * Needs Spring Boot, an optional dependency of crm-jpa that a Boot application already has.
 */
@NullMarked
package dev.crmkit.jpa.boot;

import org.jspecify.annotations.NullMarked;
