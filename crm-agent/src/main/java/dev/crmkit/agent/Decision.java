package dev.crmkit.agent;

import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision on a pending action: the host's (run it on confirm, drop it on reject), or the
 * agent's withdrawal of one that later changes made stale; each recorded and noted for the model.
 */
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

    /**
     * Withdraws those of {@code candidates} that still wait and whose tool is {@linkplain
     * ToolDispatcher#withdrawnByLaterChanges withdrawn by later changes}: the conversation has just
     * changed data, so confirmed now they would act on that change instead of what the user was
     * shown. Each is recorded as failed, and the model is told. Runs under the conversation's lock.
     *
     * @return true when an action was withdrawn
     */
    static boolean withdrawStale(AgentSettings settings, String conversationId, List<AgentAction> candidates) {
        ToolDispatcher tools = settings.tools().current();
        boolean withdrew = false;
        for (AgentAction candidate : candidates) {
            if (!tools.withdrawnByLaterChanges(candidate.tool())) {
                continue;
            }
            AgentAction proposed = settings.conversations()
                    .takePending(conversationId, candidate.id())
                    .orElse(null);
            if (proposed == null) {
                continue;
            }
            String call = proposed.tool() + " " + proposed.arguments();
            settings.actionLog()
                    .record(new AgentAction(
                            proposed.id(),
                            conversationId,
                            settings.clock().instant(),
                            proposed.tool(),
                            proposed.arguments(),
                            AgentAction.Status.FAILED,
                            null,
                            "withdrawn: the conversation changed data after it was proposed; ask for it again"));
            settings.conversations()
                    .addNote(
                            conversationId,
                            "The pending " + call + " was withdrawn unconfirmed: data changed after you proposed it,"
                                    + " so it would no longer do what the user was shown.");
            log.info("conversation {}: {} withdrawn after a later change", conversationId, call);
            withdrew = true;
        }
        return withdrew;
    }
}
