package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.RequiresConfirmation;
import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.ActorKind;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.ChangeSet;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.langchain4j.agent.tool.Tool;

/**
 * "Undo that": reverts the assistant's last turn that changed CRM data in this conversation, as
 * one step. Marked {@link RequiresConfirmation}: the model only proposes it, the user confirms; a
 * proposal is withdrawn when the conversation changes data before it is confirmed, since it would
 * then undo that later change instead of the one the user asked about.
 * The conversation is the actor the agent runs the confirmed call as ({@link Actor#agent}).
 */
record UndoTools(Crm crm) {

    /**
     * What an undo did.
     *
     * @param undoneChangeSet the change set that was reverted
     * @param undoChangeSet the undo's own change set
     * @param changes how many records the undo wrote
     */
    public record UndoView(String undoneChangeSet, String undoChangeSet, int changes) {}

    @RequiresConfirmation(withdrawnByLaterChanges = true)
    @Tool(
            name = "undo_last_change",
            value = "Undo the data changes of your last turn, when the user asks to undo them.")
    UndoView undoLastChange() {
        Actor agent = crm.currentActor();
        if (agent.kind() != ActorKind.AGENT) {
            throw new ValidationException(
                    "conversation", "only the assistant undoes its own changes, in its conversation");
        }
        AuditEntry last = crm.audit().byActor(agent, null, 1).items().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("change set", "of conversation " + agent.id()));
        String changeSetId = last.changeSetId()
                .orElseThrow(() -> new NotFoundException("change set", "of conversation " + agent.id()));
        ChangeSet undo = crm.changeSets().undo(changeSetId);
        return new UndoView(changeSetId, undo.id(), undo.entries().size());
    }
}
