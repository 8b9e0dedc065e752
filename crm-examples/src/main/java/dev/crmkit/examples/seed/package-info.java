/** Sample data for a fresh database: pipelines, contacts, deals and tasks. */
@NullMarked
package dev.crmkit.examples.seed;

import org.jspecify.annotations.NullMarked;
