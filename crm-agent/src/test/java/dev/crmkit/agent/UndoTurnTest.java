package dev.crmkit.agent;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agent turn is a change set made by the agent for the host's user; "undo that" is a tool that
 * waits for confirmation and then reverts the turn as one step.
 */
class UndoTurnTest extends OnTestCrm {

    private final ScriptedChatModel model = new ScriptedChatModel();

    @Test
    void should_record_a_turn_as_a_change_set_by_the_agent_and_undo_it_once_confirmed() {
        Contact ada = crm.contacts().create(aContact().build());
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("update_contact", "{\"id\": " + ada.id() + ", \"phone\": \"+44 20 1234\"}")
                .thenAnswer("Done.");

        AgentReply turn = crm.as(Actor.user("grace"), () -> agent.chat("undo-1", "Set Ada's phone"));

        assertThat(turn.changeSetId()).isPresent();
        assertThat(crm.changeSets().get(turn.changeSetId().get()).entries())
                .singleElement()
                .extracting(AuditEntry::actor)
                .isEqualTo(Actor.agent("grace", "undo-1"));

        model.thenCall("undo_last_change", "{}").thenAnswer("The undo awaits your confirmation.");
        AgentReply asked = crm.as(Actor.user("grace"), () -> agent.chat("undo-1", "undo that"));
        assertThat(asked.changeSetId()).as("proposing the undo changes nothing").isEmpty();
        assertThat(crm.contacts().getById(ada.id()).phone()).isEqualTo("+44 20 1234");

        AgentAction undone = crm.as(
                Actor.user("grace"),
                () -> agent.confirm("undo-1", asked.pending().get(0).id()));

        assertThat(undone.status()).isEqualTo(Status.CONFIRMED);
        assertThat(crm.contacts().getById(ada.id()).phone()).isEqualTo(ada.phone());
    }

    @Test
    void should_withdraw_a_pending_undo_once_a_later_turn_changes_data() {
        Contact ada = crm.contacts().create(aContact().build());
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("update_contact", "{\"id\": " + ada.id() + ", \"phone\": \"+44 20 1234\"}")
                .thenAnswer("Done.");
        crm.as(Actor.user("grace"), () -> agent.chat("undo-2", "Set Ada's phone"));
        model.thenCall("undo_last_change", "{}").thenAnswer("The undo awaits your confirmation.");
        AgentAction proposed = crm.as(Actor.user("grace"), () -> agent.chat("undo-2", "undo that"))
                .pending()
                .get(0);

        model.thenCall("update_contact", "{\"id\": " + ada.id() + ", \"position\": \"Analyst\"}")
                .thenAnswer("Done.");
        AgentReply later = crm.as(Actor.user("grace"), () -> agent.chat("undo-2", "She is an analyst"));

        assertThat(later.pending())
                .as("the undo would now revert the position, not the phone")
                .isEmpty();
        assertThatThrownBy(() -> crm.as(Actor.user("grace"), () -> agent.confirm("undo-2", proposed.id())))
                .isInstanceOf(UnknownActionException.class);
        assertThat(agent.actions("undo-2"))
                .filteredOn(action -> action.id().equals(proposed.id()))
                .extracting(AgentAction::status, AgentAction::error)
                .contains(tuple(
                        Status.FAILED,
                        "withdrawn: the conversation changed data after it was proposed; ask for it again"));
        Contact now = crm.contacts().getById(ada.id());
        assertThat(now.phone()).isEqualTo("+44 20 1234");
        assertThat(now.position()).isEqualTo("Analyst");
    }

    @Test
    void should_withdraw_a_pending_undo_once_another_confirmed_action_changes_data() {
        Contact ada = crm.contacts().create(aContact().build());
        Contact bob = crm.contacts().create(aContact().build());
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("update_contact", "{\"id\": " + ada.id() + ", \"phone\": \"+44 20 1234\"}")
                .thenAnswer("Done.");
        crm.as(Actor.user("grace"), () -> agent.chat("undo-3", "Set Ada's phone"));
        model.thenCall("delete_contact", "{\"id\": " + bob.id() + "}")
                .thenCall("undo_last_change", "{}")
                .thenAnswer("Both await your confirmation.");
        List<AgentAction> pending = crm.as(
                        Actor.user("grace"), () -> agent.chat("undo-3", "Delete Bob, and undo the phone"))
                .pending();
        AgentAction delete = pending.stream()
                .filter(a -> a.tool().equals("delete_contact"))
                .findFirst()
                .orElseThrow();

        crm.as(Actor.user("grace"), () -> agent.confirm("undo-3", delete.id()));

        assertThat(agent.pending("undo-3"))
                .as("the undo would now bring Bob back")
                .isEmpty();
        assertThat(crm.contacts().getById(ada.id()).phone()).isEqualTo("+44 20 1234");
    }

    @Test
    void should_name_no_change_set_for_a_turn_that_only_read() {
        Contact ada = crm.contacts().create(aContact().build());
        crm.contacts().update(ada.id(), ContactUpdate.builder().notes("read me").build());
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("get_contact", "{\"id\": " + ada.id() + "}").thenAnswer("Ada.");

        assertThat(agent.chat("read-1", "Who is Ada?").changeSetId()).isEmpty();
    }
}
