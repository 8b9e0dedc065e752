/**
 * Deals: money-valued opportunities whose status is a stage of their pipeline, with the commands,
 * query, repository SPI and service.
 */
@NullMarked
package dev.crmkit.core.deal;

import org.jspecify.annotations.NullMarked;
