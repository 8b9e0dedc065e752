package dev.crmkit.agent;

import dev.crmkit.agent.tool.ToolCall;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** What every turn of a {@link CrmAgent} shares; immutable. */
record AgentSettings(
        LiveTools tools,
        Set<String> confirmAlso,
        SystemPrompt systemPrompt,
        int maxSteps,
        Duration turnTimeout,
        int memoryWindow,
        ActionLog actionLog,
        ConversationStore conversations,
        Clock clock) {

    /**
     * @return true when the call may only run once the host confirms it: a valid call of a tool marked
     *         {@link dev.crmkit.agent.tool.RequiresConfirmation}, or named in the agent's confirmation list
     */
    boolean needsConfirmation(ToolCall call) {
        return call.requiresConfirmation() || call.isValid() && confirmAlso.contains(call.tool());
    }
}
