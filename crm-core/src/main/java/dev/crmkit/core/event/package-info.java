/**
 * Events published to registered listeners after a change has been committed.
 */
@NullMarked
package dev.crmkit.core.event;

import org.jspecify.annotations.NullMarked;
