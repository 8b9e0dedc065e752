/**
 * Agent state as CRM data: the plain records an assistant's conversations, pending actions and
 * action log are stored as. crm-core knows no language-model library: a conversation's memory is
 * opaque JSON text, written and read by the agent.
 */
@NullMarked
package dev.crmkit.core.agentstate;

import org.jspecify.annotations.NullMarked;
