/**
 * The crmkit AI assistant: a local language model that performs CRM operations by calling tools.
 *
 * <p>Every failure of this module is an unchecked {@link dev.crmkit.agent.AgentException} whose
 * message says what the caller can do about it.
 */
@NullMarked
package dev.crmkit.agent;

import org.jspecify.annotations.NullMarked;
