package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.agent.AgentMessage.Role;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.testing.MutableClock;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loop around the model: its limits, its memory, and what the host sees of the conversation. */
class AgentLoopTest extends OnTestCrm {

    private static MutableClock clock;

    private final ScriptedChatModel model = new ScriptedChatModel();

    @BeforeAll
    static void open() {
        clock = testCrm.clock();
    }

    @Test
    void should_stop_at_the_step_limit_and_say_so() {
        CrmAgent agent =
                CrmAgent.builder().crm(crm).chatModel(model).maxSteps(3).build();
        for (int i = 0; i < 3; i++) {
            model.thenCall("search_contacts", "{\"text\": \"nobody-" + i + "\"}");
        }

        AgentReply reply = agent.chat("steps", "Find everyone");

        assertThat(model.requests()).hasSize(3);
        assertThat(reply.stoppedByLimit()).isTrue();
        assertThat(reply.text())
                .isEqualTo("I stopped before finishing: your request needed more than 3 steps, "
                        + "the limit for one message. Done so far: search_contacts, search_contacts, search_contacts. "
                        + "Ask me to continue if you want the rest.");
        assertThat(reply.performed()).hasSize(3);
    }

    @Test
    void should_stop_at_the_time_limit_without_running_the_calls_that_came_too_late() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .turnTimeout(Duration.ofSeconds(60))
                .build();
        model.then(request -> {
                    clock.advance(Duration.ofSeconds(45));
                    return ScriptedChatModel.call("create_task", "{\"title\": \"In time\"}");
                })
                .then(request -> {
                    clock.advance(Duration.ofSeconds(45));
                    return ScriptedChatModel.call("create_task", "{\"title\": \"Too late\"}");
                });

        AgentReply reply = agent.chat("time", "Make two tasks");

        assertThat(reply.stoppedByLimit()).isTrue();
        assertThat(reply.text())
                .isEqualTo(
                        "I stopped before finishing: your request took longer than 60 seconds, "
                                + "the time limit for one message. Done so far: create_task. Ask me to continue if you want the rest.");
        assertThat(crm.tasks().find(TaskQuery.all()).items())
                .extracting(task -> task.title())
                .contains("In time")
                .doesNotContain("Too late");
    }

    @Test
    void should_not_call_the_model_once_the_time_is_up() {
        InMemoryActionLog actions = new InMemoryActionLog();
        ActionLog slowTools = new ActionLog() { // every tool call takes six seconds
                    @Override
                    public void record(AgentAction action) {
                        clock.advance(Duration.ofSeconds(6));
                        actions.record(action);
                    }

                    @Override
                    public List<AgentAction> byConversation(String conversationId) {
                        return actions.byConversation(conversationId);
                    }
                };
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .actionLog(slowTools)
                .turnTimeout(Duration.ofSeconds(10))
                .build();
        model.thenCall("search_tasks", "{}").thenCall("search_tasks", "{}");

        AgentReply reply = agent.chat("late", "List tasks");

        assertThat(model.requests()).hasSize(2);
        assertThat(reply.performed()).hasSize(2);
        assertThat(reply.stoppedByLimit()).isTrue();
        assertThat(reply.text()).contains("took longer than 10 seconds");
    }

    @Test
    void should_interrupt_a_model_that_is_still_generating_when_the_time_is_up() throws InterruptedException {
        // A hung model advances no clock, so this wait is bounded in real time: a short limit, no assertion on time.
        CountDownLatch interrupted = new CountDownLatch(1);
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .turnTimeout(Duration.ofMillis(200))
                .build();
        model.then(request -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return AiMessage.from("too late");
        });

        AgentReply reply = agent.chat("hung", "Hello?");

        assertThat(reply.stoppedByLimit()).isTrue();
        assertThat(reply.text()).startsWith("I stopped before finishing: your request took longer than 200 ms");
        assertThat(interrupted.await(1, TimeUnit.MINUTES))
                .as("the model's thread was interrupted")
                .isTrue();
    }

    @Test
    void should_show_the_model_only_its_memory_window_starting_at_a_user_message() {
        CrmAgent agent =
                CrmAgent.builder().crm(crm).chatModel(model).memoryWindow(4).build();
        model.thenAnswer("answer one").thenAnswer("answer two").thenAnswer("answer three");

        agent.chat("window", "one");
        agent.chat("window", "two");
        agent.chat("window", "three");

        assertThat(texts(model.lastRequest().messages())).containsExactly("system", "two", "answer two", "three");
    }

    @Test
    void should_show_the_whole_current_turn_even_beyond_the_window() {
        CrmAgent agent =
                CrmAgent.builder().crm(crm).chatModel(model).memoryWindow(1).build();
        model.thenCall("search_pipelines", "{}").thenAnswer("none");

        agent.chat("narrow", "Which pipelines?");

        List<ChatMessage> seen = model.lastRequest().messages();
        assertThat(seen).hasSize(4);
        assertThat(seen.get(1)).isInstanceOf(UserMessage.class);
        assertThat(seen.get(2)).isInstanceOf(AiMessage.class);
        assertThat(seen.get(3)).isInstanceOf(ToolExecutionResultMessage.class);
    }

    @Test
    void should_remember_earlier_turns_of_the_same_conversation_only() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenAnswer("Noted.").thenAnswer("Yes.").thenAnswer("Hello.");

        agent.chat("first", "My name is Ada.");
        agent.chat("first", "What is my name?");
        agent.chat("second", "Hi");

        assertThat(texts(model.requests().get(1).messages()))
                .containsExactly("system", "My name is Ada.", "Noted.", "What is my name?");
        assertThat(texts(model.requests().get(2).messages())).containsExactly("system", "Hi");
    }

    @Test
    void should_keep_the_chat_history_of_user_and_assistant_messages() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("search_pipelines", "{}").thenAnswer("There are none.");

        agent.chat("history", "Any pipelines?");

        assertThat(agent.history("history"))
                .extracting(AgentMessage::role, AgentMessage::text)
                .containsExactly(tuple(Role.USER, "Any pipelines?"), tuple(Role.ASSISTANT, "There are none."));
        assertThat(agent.history("history")).extracting(AgentMessage::at).containsOnly(clock.instant());
        assertThat(agent.history("unknown")).isEmpty();
    }

    @Test
    void should_forget_a_conversation_but_keep_its_actions() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("search_pipelines", "{}").thenAnswer("None.").thenAnswer("Hello again.");
        agent.chat("forgotten", "Any pipelines?");

        agent.forget("forgotten");
        agent.chat("forgotten", "Hi");

        assertThat(texts(model.lastRequest().messages())).containsExactly("system", "Hi");
        assertThat(agent.actions("forgotten")).extracting(AgentAction::tool).containsExactly("search_pipelines");
    }

    @Test
    void should_refuse_a_blank_conversation_id_or_message() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();

        assertThatThrownBy(() -> agent.chat(" ", "Hi")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agent.chat("blank", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_end_the_turn_with_an_agent_exception_when_the_model_fails() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.then(request -> {
            throw new IllegalStateException("connection refused");
        });

        assertThatThrownBy(() -> agent.chat("broken", "Hi"))
                .isInstanceOf(AgentException.class)
                .hasMessage("the chat model failed, so the turn ended without an answer: connection refused");
    }

    @Test
    void should_answer_a_failed_turn_in_memory_and_history_so_the_next_turn_alternates() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("search_pipelines", "{}")
                .then(request -> {
                    throw new IllegalStateException("connection refused");
                })
                .thenAnswer("Hello again.");
        assertThatThrownBy(() -> agent.chat("failed", "Any pipelines?")).isInstanceOf(AgentException.class);

        agent.chat("failed", "Are you back?");

        String note = "This answer failed before it was finished. Done so far: search_pipelines. "
                + "Ask me to continue if you want the rest.";
        assertThat(agent.history("failed"))
                .extracting(AgentMessage::role, AgentMessage::text)
                .containsExactly(
                        tuple(Role.USER, "Any pipelines?"),
                        tuple(Role.ASSISTANT, note),
                        tuple(Role.USER, "Are you back?"),
                        tuple(Role.ASSISTANT, "Hello again."));
        List<ChatMessage> seen = model.lastRequest().messages();
        assertThat(texts(seen.subList(seen.size() - 2, seen.size()))).containsExactly(note, "Are you back?");
    }

    private static List<String> texts(List<ChatMessage> messages) {
        return messages.stream()
                .map(message -> {
                    if (message instanceof SystemMessage) {
                        return "system";
                    }
                    if (message instanceof UserMessage user) {
                        return user.singleText();
                    }
                    if (message instanceof AiMessage ai) {
                        return ai.text();
                    }
                    return message.toString();
                })
                .toList();
    }
}
