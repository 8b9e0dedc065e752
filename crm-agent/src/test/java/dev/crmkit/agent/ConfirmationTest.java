package dev.crmkit.agent;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.task.Task;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

/** Deletes wait for the host: the model proposes, only {@link CrmAgent#confirm} executes. */
class ConfirmationTest extends OnTestCrm {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private CrmAgent agent;

    private AgentReply askToDelete(String conversationId, Contact contact) {
        agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                .thenAnswer("Deleting contact " + contact.id() + " awaits your confirmation.");
        return agent.chat(conversationId, "Delete contact " + contact.id());
    }

    @Test
    void should_leave_a_delete_pending_and_tell_the_model_it_was_not_done() {
        Contact contact = crm.contacts().create(aContact().build());

        AgentReply reply = askToDelete("pending", contact);

        assertThat(crm.contacts().findById(contact.id())).isPresent();
        assertThat(reply.performed()).isEmpty();
        assertThat(reply.pending()).singleElement().satisfies(action -> {
            assertThat(action.tool()).isEqualTo("delete_contact");
            assertThat(action.arguments()).isEqualTo("{\"id\": " + contact.id() + "}");
            assertThat(action.status()).isEqualTo(Status.PENDING);
            assertThat(action.result()).isNull();
        });
        assertThat(agent.pending("pending")).isEqualTo(reply.pending());
        assertThat(ScriptedChatModel.lastObservation(model.lastRequest()))
                .isEqualTo("{\"pending\": \"This action "
                        + "needs the user's confirmation in the app. It has NOT been done. Tell the user it awaits their "
                        + "confirmation.\"}");
    }

    @Test
    void should_delete_the_contact_and_its_tasks_once_the_host_confirms() {
        Contact contact = crm.contacts().create(aContact().build());
        Task task = crm.tasks().create(aTask().contactId(contact.id()).build());
        String actionId = askToDelete("confirmed", contact).pending().get(0).id();

        AgentAction confirmed = agent.confirm("confirmed", actionId);

        assertThat(confirmed.status()).isEqualTo(Status.CONFIRMED);
        assertThat(confirmed.result()).isEqualTo("{\"deleted\":\"contact\",\"id\":" + contact.id() + "}");
        assertThat(crm.contacts().findById(contact.id())).isEmpty();
        assertThat(crm.tasks().findById(task.id())).isEmpty();
        assertThat(agent.pending("confirmed")).isEmpty();
        assertThat(agent.actions("confirmed")).containsExactly(confirmed);
    }

    @Test
    void should_tell_the_model_what_the_host_decided_with_the_next_message() {
        Contact contact = crm.contacts().create(aContact().build());
        String actionId = askToDelete("told", contact).pending().get(0).id();
        agent.confirm("told", actionId);
        model.thenAnswer("It is deleted.");

        agent.chat("told", "Is it gone?");

        UserMessage next = (UserMessage) model.lastRequest()
                .messages()
                .get(model.lastRequest().messages().size() - 1);
        assertThat(next.singleText())
                .isEqualTo("(Since your last reply: The user confirmed delete_contact {\"id\": " + contact.id()
                        + "}: {\"data\": {\"deleted\":\"contact\",\"id\":" + contact.id() + "}})\nIs it gone?");
        assertThat(agent.history("told")).extracting(AgentMessage::text).contains("Is it gone?");
    }

    @Test
    void should_run_nothing_when_the_host_rejects() {
        Contact contact = crm.contacts().create(aContact().build());
        String actionId = askToDelete("rejected", contact).pending().get(0).id();

        AgentAction rejected = agent.reject("rejected", actionId);

        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(crm.contacts().findById(contact.id())).isPresent();
        assertThat(agent.pending("rejected")).isEmpty();
        assertThat(agent.actions("rejected")).extracting(AgentAction::status).containsExactly(Status.REJECTED);
        assertThatThrownBy(() -> agent.confirm("rejected", actionId)).isInstanceOf(UnknownActionException.class);
    }

    @Test
    void should_refuse_an_action_id_that_is_unknown_decided_or_of_another_conversation() {
        Contact contact = crm.contacts().create(aContact().build());
        String actionId = askToDelete("owner", contact).pending().get(0).id();

        assertThatThrownBy(() -> agent.confirm("owner", "act-unknown"))
                .isInstanceOf(UnknownActionException.class)
                .hasMessageContaining("no action act-unknown waits for confirmation in conversation owner");
        assertThatThrownBy(() -> agent.confirm("intruder", actionId)).isInstanceOf(UnknownActionException.class);
        assertThat(crm.contacts().findById(contact.id())).isPresent();

        agent.confirm("owner", actionId);
        assertThatThrownBy(() -> agent.reject("owner", actionId)).isInstanceOf(UnknownActionException.class);
    }

    @Test
    void should_propose_the_same_delete_once_however_often_the_model_asks() {
        Contact contact = crm.contacts().create(aContact().build());
        agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                .thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                .thenAnswer("Waiting for you.");

        AgentReply reply = agent.chat("twice", "Delete it, really");

        assertThat(reply.pending()).hasSize(1);
        assertThat(agent.actions("twice")).hasSize(1);
    }

    @Test
    void should_report_a_confirmed_action_that_the_crm_refuses_as_failed() {
        Contact contact = crm.contacts().create(aContact().build());
        String actionId = askToDelete("vanished", contact).pending().get(0).id();
        crm.contacts().deleteById(contact.id());

        AgentAction outcome = agent.confirm("vanished", actionId);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.error()).isEqualTo("contact " + contact.id() + " does not exist");
    }

    @Test
    void should_answer_a_merge_its_check_refuses_at_once_instead_of_leaving_it_pending() {
        Contact contact = crm.contacts().create(aContact().build());
        agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall(
                        "merge_duplicates",
                        "{\"kind\": \"contact\", \"keepId\": " + contact.id() + ", \"mergeId\": " + contact.id() + "}")
                .thenAnswer("I cannot merge a contact into itself.");

        AgentReply reply = agent.chat("self-merge", "Merge the contact into itself");

        assertThat(reply.pending()).isEmpty();
        assertThat(agent.pending("self-merge")).isEmpty();
        assertThat(reply.performed()).singleElement().satisfies(action -> {
            assertThat(action.tool()).isEqualTo("merge_duplicates");
            assertThat(action.status()).isEqualTo(Status.FAILED);
            assertThat(action.error()).isEqualTo("invalid arguments for merge_duplicates: mergeId: must not be keepId");
        });
        assertThat(ScriptedChatModel.lastObservation(model.lastRequest()))
                .isEqualTo("{\"error\": \"invalid arguments for merge_duplicates: mergeId: must not be keepId\"}");
        assertThat(crm.contacts().findById(contact.id())).hasValue(contact);
    }

    @Test
    void should_name_every_error_of_a_host_confirmed_call_its_check_refuses_without_leaving_it_pending() {
        agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .requireConfirmation("create_contact")
                .build();
        model.thenCall("create_contact", "{\"firstName\": \" \", \"lastName\": \"Doe\", \"email\": \"not-an-email\"}")
                .thenAnswer("Hm.");

        AgentReply reply = agent.chat("bad-create", "Add a contact");

        assertThat(reply.pending()).isEmpty();
        assertThat(reply.performed())
                .singleElement()
                .extracting(AgentAction::status, AgentAction::error)
                .containsExactly(
                        Status.FAILED,
                        "invalid arguments for create_contact: firstName: must not be blank;"
                                + " email: must be a valid email address such as jane@example.com");
    }

    @Test
    void should_leave_a_valid_merge_pending_and_merge_once_confirmed() {
        Contact kept = crm.contacts().create(aContact().build());
        Contact copy = crm.contacts().create(aContact().build());
        agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall(
                        "merge_duplicates",
                        "{\"kind\": \"contact\", \"keepId\": " + kept.id() + ", \"mergeId\": " + copy.id() + "}")
                .thenAnswer("It awaits your confirmation.");

        String actionId = agent.chat("merge", "Merge the copy").pending().get(0).id();
        assertThat(crm.contacts().findById(copy.id())).isPresent();

        assertThat(agent.confirm("merge", actionId).status()).isEqualTo(Status.CONFIRMED);
        assertThat(crm.contacts().findById(copy.id())).isEmpty();
    }

    @Test
    void should_never_execute_an_invalid_delete_nor_leave_it_pending() {
        agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("delete_contact", "{\"id\": \"all\"}").thenAnswer("Hm.");

        AgentReply reply = agent.chat("invalid-delete", "Delete all");

        assertThat(reply.pending()).isEmpty();
        assertThat(reply.performed())
                .singleElement()
                .extracting(AgentAction::status)
                .isEqualTo(Status.FAILED);
    }
}
