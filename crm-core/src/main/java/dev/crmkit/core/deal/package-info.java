/**
 * Deals: money-valued opportunities whose status is a stage of their pipeline, with the commands,
 * query, sort allow-list and events. The repository SPI is in {@link dev.crmkit.core.storage}, the
 * service in {@link dev.crmkit.core.service}.
 */
@NullMarked
package dev.crmkit.core.deal;

import org.jspecify.annotations.NullMarked;
