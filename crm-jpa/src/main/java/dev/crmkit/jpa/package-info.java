/**
 * The JPA adapter: {@link dev.crmkit.jpa.JpaCrmStorage} implements crm-core's storage SPI over
 * Jakarta Persistence with Hibernate, on the tables of crm-core's Flyway schema. Everything but
 * {@code JpaCrmStorage} is private to the adapter.
 */
@NullMarked
package dev.crmkit.jpa;

import org.jspecify.annotations.NullMarked;
