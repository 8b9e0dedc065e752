package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.testing.TestCrm;
import dev.crmkit.agent.testing.TestModels;
import dev.crmkit.agent.tool.ToolDispatcher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole turn on the real native library. stories260K cannot follow instructions, so what it does is
 * arbitrary; what must hold whatever it does: the turn ends within the step limit, every action is
 * recorded, nothing that needs confirmation runs, and the streamed text is the reply.
 */
class NativeAgentTest {

    private static final Logger log = LoggerFactory.getLogger(NativeAgentTest.class);
    private static final int MAX_STEPS = 5;

    /** Today's date, as ReadmeAgentExampleTest's and the example apps': see {@link TestCrm#openToday()}. */
    private static TestCrm testCrm;

    private static LlamaCppChatModel model;
    private static CrmAgent agent;
    /** The agent's tools, asked which need confirmation: the deletes, undo_last_change, whatever comes next. */
    private static ToolDispatcher tools;

    @BeforeAll
    static void load() {
        testCrm = TestCrm.openToday();
        model = LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                // The default context (at least 32,768 tokens): every CRM tool's description in
                // stories260K's byte-sized tokens needs more than 16,384. The default output budget too, as
                // in ReadmeAgentExampleTest: the same prompt prefix, so the build's prefix cache
                // (crmkit.llama.prefix-cache) evaluates its ~13,500 tokens once for both.
                .temperature(1.0)
                .build();
        tools = CrmToolset.dispatcher(testCrm.crm());
        agent = CrmAgent.builder()
                .crm(testCrm.crm())
                .chatModel(model)
                .streamingChatModel(model.streaming())
                .maxSteps(MAX_STEPS)
                .turnTimeout(Duration.ofMinutes(5))
                .build();
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
        if (testCrm != null) {
            testCrm.close();
        }
    }

    @Test
    void should_complete_a_turn_within_the_step_limit_and_record_every_action() {
        AgentReply reply = agent.chat("native", "Create a contact named John Doe with email john@example.com");

        log.info(
                "native turn: {} action(s), {} pending, stopped by limit: {}, answer: {}",
                reply.performed().size(),
                reply.pending().size(),
                reply.stoppedByLimit(),
                reply.text());
        assertThat(reply.performed().size() + reply.pending().size()).isLessThanOrEqualTo(MAX_STEPS);
        assertThat(agent.actions("native"))
                .extracting(AgentAction::id)
                .containsExactlyInAnyOrderElementsOf(ids(reply.performed(), reply.pending()));
        assertThat(reply.performed()).noneMatch(action -> tools.requiresConfirmation(action.tool()));
        assertThat(reply.pending())
                .allMatch(action -> tools.requiresConfirmation(action.tool()) && action.status() == Status.PENDING);
        assertThat(agent.history("native")).hasSize(2);
    }

    @Test
    void should_stream_exactly_the_text_of_the_reply() {
        List<String> fragments = new CopyOnWriteArrayList<>();
        List<AgentAction> streamedActions = new CopyOnWriteArrayList<>();

        AgentReply reply = agent.chat("native-stream", "How many deals are in the pipeline?", new AgentStreamHandler() {
            @Override
            public void onText(String fragment) {
                fragments.add(fragment);
            }

            @Override
            public void onAction(AgentAction action) {
                streamedActions.add(action);
            }
        });

        assertThat(String.join("", fragments)).isEqualTo(reply.text());
        assertThat(streamedActions)
                .extracting(AgentAction::id)
                .containsExactlyInAnyOrderElementsOf(ids(reply.performed(), reply.pending()));
        assertThat(reply.performed().size() + reply.pending().size()).isLessThanOrEqualTo(MAX_STEPS);
    }

    private static List<String> ids(List<AgentAction> performed, List<AgentAction> pending) {
        return Stream.concat(performed.stream(), pending.stream())
                .map(AgentAction::id)
                .toList();
    }
}
