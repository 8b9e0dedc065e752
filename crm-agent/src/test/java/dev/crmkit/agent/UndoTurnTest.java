package dev.crmkit.agent;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.agent.testing.TestCrm;
import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent turn is a change set made by the agent for the host's user; "undo that" is a tool that
 * waits for confirmation and then reverts the turn as one step.
 */
class UndoTurnTest {

    private static TestCrm testCrm;
    private static Crm crm;

    private final ScriptedChatModel model = new ScriptedChatModel();

    @BeforeAll
    static void open() {
        testCrm = TestCrm.open();
        crm = testCrm.crm();
    }

    @AfterAll
    static void close() {
        testCrm.close();
    }

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
    void should_name_no_change_set_for_a_turn_that_only_read() {
        Contact ada = crm.contacts().create(aContact().build());
        crm.contacts().update(ada.id(), ContactUpdate.builder().notes("read me").build());
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("get_contact", "{\"id\": " + ada.id() + "}").thenAnswer("Ada.");

        assertThat(agent.chat("read-1", "Who is Ada?").changeSetId()).isEmpty();
    }
}
