package dev.crmkit.agent;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.tool.ToolCall;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.core.Crm;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** What every turn of a {@link CrmAgent} shares; immutable. */
record AgentSettings(
        ToolDispatcher tools,
        Set<String> confirmAlso,
        SystemPrompt systemPrompt,
        int maxSteps,
        Duration turnTimeout,
        int memoryWindow,
        ActionLog actionLog,
        ConversationStore conversations,
        Clock clock) {

    /**
     * @return the CRM tools, then the host's
     * @throws IllegalArgumentException when a host tool is invalid or clashes, or a name to confirm is no tool's
     */
    static ToolDispatcher tools(Crm crm, List<Consumer<ToolDispatcher.Builder>> hostTools, Set<String> confirmAlso) {
        ToolDispatcher.Builder tools = CrmToolset.addTo(ToolDispatcher.builder(), crm);
        hostTools.forEach(add -> add.accept(tools));
        ToolDispatcher dispatcher = tools.build();
        for (String name : confirmAlso) {
            if (dispatcher.specification(name).isEmpty()) {
                throw new IllegalArgumentException(
                        "requireConfirmation names " + name + ", but there is no tool of that name");
            }
        }
        return dispatcher;
    }

    /**
     * @return true when the call may only run once the host confirms it: a valid call of a tool marked
     *         {@link dev.crmkit.agent.tool.RequiresConfirmation}, or named in the agent's confirmation list
     */
    boolean needsConfirmation(ToolCall call) {
        return call.requiresConfirmation() || call.isValid() && confirmAlso.contains(call.tool());
    }
}
