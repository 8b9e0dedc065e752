/** The REST API under {@code /api/v1}: controllers and the snake_case JSON they read and write. */
@NullMarked
package dev.crmkit.examples.web.api;

import org.jspecify.annotations.NullMarked;
