package dev.crmkit.agent;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.AgentMessage.Role;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.core.contact.Contact;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Conversations live in the {@link ConversationStore}, not in the agent: two agents over one store (two
 * instances of an application, or one restarted) share memory, history and pending actions.
 */
class ConversationStoreTest extends OnTestCrm {

    private final ConversationStore store = new InMemoryConversationStore();
    private final ScriptedChatModel model = new ScriptedChatModel();

    private CrmAgent anAgent() {
        return CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .conversationStore(store)
                .build();
    }

    @Test
    void should_continue_a_conversation_another_agent_began_over_the_same_store() {
        try (CrmAgent first = anAgent();
                CrmAgent second = anAgent()) {
            model.thenAnswer("Noted: 42.").thenAnswer("It was 42.");

            first.chat("shared", "Remember 42");
            second.chat("shared", "What was the number?");

            assertThat(model.lastRequest().messages())
                    .extracting(Object::getClass)
                    .containsExactly(SystemMessage.class, UserMessage.class, AiMessage.class, UserMessage.class);
            assertThat(((UserMessage) model.lastRequest().messages().get(1)).singleText())
                    .isEqualTo("Remember 42");
            assertThat(second.history("shared"))
                    .extracting(AgentMessage::role, AgentMessage::text)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Role.USER, "Remember 42"),
                            org.assertj.core.groups.Tuple.tuple(Role.ASSISTANT, "Noted: 42."),
                            org.assertj.core.groups.Tuple.tuple(Role.USER, "What was the number?"),
                            org.assertj.core.groups.Tuple.tuple(Role.ASSISTANT, "It was 42."));
        }
    }

    @Test
    void should_confirm_in_one_agent_the_delete_another_proposed_and_run_it_once() {
        Contact contact = crm.contacts().create(aContact().build());
        try (CrmAgent proposer = anAgent();
                CrmAgent confirmer = anAgent()) {
            model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}").thenAnswer("It awaits confirmation.");
            String actionId = proposer.chat("two", "Delete contact " + contact.id())
                    .pending()
                    .get(0)
                    .id();

            assertThat(confirmer.pending("two")).extracting(AgentAction::id).containsExactly(actionId);
            AgentAction confirmed = confirmer.confirm("two", actionId);

            assertThat(confirmed.status()).isEqualTo(Status.CONFIRMED);
            assertThat(crm.contacts().findById(contact.id())).isEmpty();
            assertThatThrownBy(() -> proposer.confirm("two", actionId)).isInstanceOf(UnknownActionException.class);
            assertThat(proposer.pending("two")).isEmpty();
        }
    }

    @Test
    void should_tell_the_model_of_a_decision_made_by_another_agent() {
        Contact contact = crm.contacts().create(aContact().build());
        try (CrmAgent proposer = anAgent();
                CrmAgent decider = anAgent()) {
            model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                    .thenAnswer("It awaits confirmation.")
                    .thenAnswer("Fine.");
            String actionId = proposer.chat("notes", "Delete contact " + contact.id())
                    .pending()
                    .get(0)
                    .id();
            decider.reject("notes", actionId);

            proposer.chat("notes", "Thanks");

            UserMessage last = (UserMessage) model.lastRequest()
                    .messages()
                    .get(model.lastRequest().messages().size() - 1);
            assertThat(last.singleText())
                    .startsWith("(Since your last reply: The user rejected delete_contact")
                    .endsWith("Thanks");
        }
    }

    @Test
    void should_forget_a_conversations_memory_history_and_pending_actions() {
        Contact contact = crm.contacts().create(aContact().build());
        try (CrmAgent agent = anAgent()) {
            model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                    .thenAnswer("It awaits confirmation.")
                    .thenAnswer("Hello again.");
            agent.chat("forgotten", "Delete contact " + contact.id());

            agent.forget("forgotten");

            assertThat(agent.pending("forgotten")).isEmpty();
            assertThat(agent.history("forgotten")).isEmpty();
            assertThat(store.messages("forgotten")).isEmpty();
            agent.chat("forgotten", "Hello");
            assertThat(model.lastRequest().messages())
                    .extracting(Object::getClass)
                    .containsExactly(SystemMessage.class, UserMessage.class);
        }
    }

    @Test
    void should_work_on_a_store_that_keeps_the_memory_as_json_text() {
        Contact contact = crm.contacts().create(aContact().build());
        JsonMemoryStore json = new JsonMemoryStore();
        try (CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .conversationStore(json)
                .build()) {
            model.thenCall("get_contact", "{\"id\": " + contact.id() + "}")
                    .thenAnswer("Found.")
                    .thenAnswer("Yes.");
            agent.chat("json", "Show contact " + contact.id());

            agent.chat("json", "Is it there?");

            List<ChatMessage> shown = model.lastRequest().messages();
            assertThat(shown)
                    .extracting(Object::getClass)
                    .containsExactly(
                            SystemMessage.class,
                            UserMessage.class,
                            AiMessage.class,
                            ToolExecutionResultMessage.class,
                            AiMessage.class,
                            UserMessage.class);
            assertThat(((AiMessage) shown.get(2)).toolExecutionRequests())
                    .singleElement()
                    .satisfies(call -> assertThat(call.name()).isEqualTo("get_contact"));
            assertThat(((ToolExecutionResultMessage) shown.get(3)).text()).contains(contact.email());
            assertThat(json.saved)
                    .isNotEmpty()
                    .allSatisfy(text -> assertThat(text).startsWith("["));
        }
    }

    /** Keeps the model's memory as JSON text, the way a database store would. */
    private static final class JsonMemoryStore implements ConversationStore {

        private final InMemoryConversationStore delegate = new InMemoryConversationStore();
        private final Map<String, String> memory = new ConcurrentHashMap<>();
        final List<String> saved = new CopyOnWriteArrayList<>();

        @Override
        public List<ChatMessage> messages(String conversationId) {
            String text = memory.get(conversationId);
            return text == null ? List.of() : ChatMessageDeserializer.messagesFromJson(text);
        }

        @Override
        public void saveMessages(String conversationId, List<ChatMessage> messages) {
            String text = ChatMessageSerializer.messagesToJson(messages);
            saved.add(text);
            memory.put(conversationId, text);
        }

        @Override
        public void addNote(String conversationId, String note) {
            delegate.addNote(conversationId, note);
        }

        @Override
        public List<String> takeNotes(String conversationId) {
            return delegate.takeNotes(conversationId);
        }

        @Override
        public void addHistory(String conversationId, AgentMessage message) {
            delegate.addHistory(conversationId, message);
        }

        @Override
        public List<AgentMessage> history(String conversationId) {
            return delegate.history(conversationId);
        }

        @Override
        public void addPending(AgentAction action) {
            delegate.addPending(action);
        }

        @Override
        public List<AgentAction> pending(String conversationId) {
            return delegate.pending(conversationId);
        }

        @Override
        public Optional<AgentAction> takePending(String conversationId, String actionId) {
            return delegate.takePending(conversationId, actionId);
        }

        @Override
        public void delete(String conversationId) {
            memory.remove(conversationId);
            delegate.delete(conversationId);
        }
    }

    @Test
    void should_keep_the_latest_history_messages_and_hand_out_a_pending_action_once() {
        InMemoryConversationStore small = new InMemoryConversationStore(2);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (String text : new String[] {"one", "two", "three"}) {
            small.addHistory("c", new AgentMessage(Role.USER, text, at));
        }
        AgentAction action =
                new AgentAction("act-1", "c", at, "delete_task", "{\"id\": 1}", Status.PENDING, null, null);
        small.addPending(action);

        assertThat(small.history("c")).extracting(AgentMessage::text).containsExactly("two", "three");
        assertThat(small.takePending("other", "act-1")).isEmpty();
        assertThat(small.takePending("c", "act-1")).contains(action);
        assertThat(small.takePending("c", "act-1")).isEmpty();
        assertThat(small.messages("unknown")).isEmpty();
        assertThat(small.takeNotes("unknown")).isEmpty();
    }
}
