/**
 * The JPA adapter in a Spring application: {@link dev.crmkit.jpa.spring.SpringJpaCrmStorage} joins
 * the application's Spring-managed transactions. Needs spring-tx and spring-orm, optional
 * dependencies of crm-jpa that a Spring host already has.
 */
@NullMarked
package dev.crmkit.jpa.spring;

import org.jspecify.annotations.NullMarked;
