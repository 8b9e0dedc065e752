/**
 * Pipelines and their ordered stages, the pipeline summary (counts, value and weighted forecast per
 * stage), the commands, query, sort allow-list and events. The repository SPI is in
 * {@link dev.crmkit.core.storage}, the service in {@link dev.crmkit.core.service}.
 */
@NullMarked
package dev.crmkit.core.pipeline;

import org.jspecify.annotations.NullMarked;
