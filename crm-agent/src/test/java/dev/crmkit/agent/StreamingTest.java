package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.agent.testing.ScriptedStreamingChatModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The streaming chat: the answer's text as it comes, each action as it happens. */
class StreamingTest extends OnTestCrm {

    private final ScriptedChatModel blocking = new ScriptedChatModel();
    private final ScriptedStreamingChatModel streaming = new ScriptedStreamingChatModel();
    private final Recorder recorder = new Recorder();

    @Test
    void should_stream_the_answer_in_the_models_fragments_after_the_actions() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(blocking)
                .streamingChatModel(streaming)
                .build();
        streaming
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"Stream\", \"lastName\": \"Doe\", "
                                + "\"email\": \"stream.doe@example.com\"}")
                .thenAnswer("Created ", "Stream Doe", ".");

        AgentReply reply = agent.chat("stream", "Add Stream Doe, stream.doe@example.com", recorder);

        assertThat(recorder.events)
                .containsExactly("action create_contact EXECUTED", "text Created ", "text Stream Doe", "text .");
        assertThat(reply.text()).isEqualTo("Created Stream Doe.");
        assertThat(blocking.requests()).as("the blocking model is not used").isEmpty();
        assertThat(crm.contacts().findByEmail("stream.doe@example.com")).isPresent();
    }

    @Test
    void should_report_a_pending_action_as_it_is_proposed() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(blocking)
                .streamingChatModel(streaming)
                .build();
        streaming.thenCall("delete_task", "{\"id\": 1}").thenAnswer("It awaits your confirmation.");

        agent.chat("stream-pending", "Delete task 1", recorder);

        assertThat(recorder.events).containsExactly("action delete_task PENDING", "text It awaits your confirmation.");
    }

    @Test
    void should_give_the_whole_answer_as_one_fragment_without_a_streaming_model() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(blocking).build();
        blocking.thenAnswer("All in one piece.");

        AgentReply reply = agent.chat("whole", "Hello", recorder);

        assertThat(recorder.events).containsExactly("text All in one piece.");
        assertThat(reply.text()).isEqualTo("All in one piece.");
    }

    @Test
    void should_hand_over_the_answer_whole_when_the_streaming_model_sent_no_fragments() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(blocking)
                .streamingChatModel(streaming)
                .build();
        streaming.thenAnswerAtOnce("Only at the end.");

        agent.chat("at-once", "Hello", recorder);

        assertThat(recorder.events).containsExactly("text Only at the end.");
    }

    @Test
    void should_stream_the_sentence_that_says_a_limit_stopped_the_turn() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(blocking)
                .streamingChatModel(streaming)
                .maxSteps(1)
                .build();
        streaming.thenCall("search_tasks", "{}");

        AgentReply reply = agent.chat("stream-limit", "Tasks?", recorder);

        assertThat(recorder.events).containsExactly("action search_tasks EXECUTED", "text " + reply.text());
        assertThat(reply.stoppedByLimit()).isTrue();
    }

    private static final class Recorder implements AgentStreamHandler {

        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onText(String fragment) {
            events.add("text " + fragment);
        }

        @Override
        public void onAction(AgentAction action) {
            events.add("action " + action.tool() + " " + action.status());
        }
    }
}
