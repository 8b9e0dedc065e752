package dev.crmkit.agent;

import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The host's decision on a pending action: run it (confirm) or drop it (reject), then record and note it. */
final class Decision {

    private static final Logger log = LoggerFactory.getLogger(Decision.class);

    private Decision() {}

    /**
     * Runs under the conversation's lock.
     *
     * @throws UnknownActionException when no such action waits in the conversation
     */
    static AgentAction of(AgentSettings settings, String conversationId, String actionId, boolean confirmed) {
        ConversationStore conversations = settings.conversations();
        AgentAction proposed = conversations
                .takePending(conversationId, actionId)
                .orElseThrow(() -> new UnknownActionException(conversationId, actionId));
        String call = proposed.tool() + " " + proposed.arguments();
        AgentAction decided;
        if (confirmed) {
            // Prepared again from what was stored: the action may come from a store that outlived the agent
            // that proposed it, and a tool that is gone by now fails the action instead of running something else.
            ToolDispatcher tools = settings.tools().current();
            ToolResult result = tools.execute(tools.prepare(proposed.tool(), proposed.arguments()));
            boolean ran = result.isSuccess();
            decided = new AgentAction(
                    proposed.id(),
                    conversationId,
                    settings.clock().instant(),
                    proposed.tool(),
                    proposed.arguments(),
                    ran ? AgentAction.Status.CONFIRMED : AgentAction.Status.FAILED,
                    ran ? result.content() : null,
                    ran ? null : result.content());
            conversations.addNote(conversationId, "The user confirmed " + call + ": " + Observations.of(result));
        } else {
            decided = new AgentAction(
                    proposed.id(),
                    conversationId,
                    settings.clock().instant(),
                    proposed.tool(),
                    proposed.arguments(),
                    AgentAction.Status.REJECTED,
                    null,
                    null);
            conversations.addNote(conversationId, "The user rejected " + call + "; it was not done.");
        }
        settings.actionLog().record(decided);
        log.info("conversation {}: {} {}", conversationId, call, decided.status());
        return decided;
    }
}
