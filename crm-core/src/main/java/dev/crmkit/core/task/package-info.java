/**
 * Tasks: to-dos with priority, status and due date, optionally linked to a contact and a deal.
 */
@NullMarked
package dev.crmkit.core.task;

import org.jspecify.annotations.NullMarked;
