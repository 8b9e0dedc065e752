package dev.crmkit.agent.boot;

import dev.crmkit.agent.CrmAgentBuilder;

/**
 * A bean that adjusts the auto-configured assistant before it is built: the application's own tools
 * ({@link CrmAgentBuilder#tools}), instructions ({@link CrmAgentBuilder#systemPrompt}), limits.
 * Every such bean is applied, in their order, after the model, the stores and {@code
 * crm.agent.turn-timeout}.
 */
@FunctionalInterface
public interface CrmAgentCustomizer {

    /**
     * @param builder the assistant's builder, with the model, the CRM and the stores set
     */
    void customize(CrmAgentBuilder builder);
}
