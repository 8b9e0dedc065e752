/**
 * The model-based randomized test: seeded sequences of CRM operations applied to every adapter ×
 * database and to a small in-memory reference model (the oracle), which must all answer alike.
 * Start at {@link dev.crmkit.core.model.ModelBasedTest}.
 */
@NullMarked
package dev.crmkit.core.model;

import org.jspecify.annotations.NullMarked;
