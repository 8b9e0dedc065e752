/**
 * Pipelines and their ordered stages, the pipeline summary (counts, value and weighted forecast per
 * stage), the repository SPI and the service.
 */
@NullMarked
package dev.crmkit.core.pipeline;

import org.jspecify.annotations.NullMarked;
