/**
 * crmkit's units of work inside Spring's transaction management, shared by the adapters' {@code spring}
 * packages: {@link dev.crmkit.core.spring.SpringUnitOfWork} joins a host's transaction or begins one,
 * and delivers events after the host's commit. Needs spring-tx, an optional dependency of crm-core
 * that a Spring host already has; nothing else in crm-core refers to this package.
 */
@NullMarked
package dev.crmkit.core.spring;

import org.jspecify.annotations.NullMarked;
