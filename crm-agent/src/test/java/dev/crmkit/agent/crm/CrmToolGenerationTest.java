package dev.crmkit.agent.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.llama.LlamaCppChatRequestParameters;
import dev.crmkit.agent.schema.JsonSchemaValidator;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.TestModels;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.agent.tool.ToolResult.Status;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real native library and the real CRM tool set: stories260K writes nonsense, so whatever valid
 * call it makes is a fair sample of what the grammar allows. Every one must reach the CRM: a
 * refusal by the CRM's own rules is a dispatch like any other; a parse or schema failure is not.
 */
class CrmToolGenerationTest extends OnTestCrm {

    private static final Logger log = LoggerFactory.getLogger(CrmToolGenerationTest.class);

    // Each generation takes seconds (a 33-tool prompt, up to 1,024 sampled tokens): 25 seeds keep the
    // sample broad (the distinct-call floor below) at half the time of 50; -Dcrm.generation.seeds=N
    // samples more.
    private static final int SEEDS = Integer.getInteger("crm.generation.seeds", 25);

    private static ToolDispatcher tools;
    private static LlamaCppChatModel model;

    @BeforeAll
    static void load() {
        tools = CrmToolset.dispatcher(testCrm.crm());
        model = LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                .contextSize(16384)
                .maxTokens(1024)
                .temperature(1.0)
                .build();
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void should_dispatch_every_seeded_generation_under_the_crm_tool_grammar() {
        Map<Status, Integer> outcomes = new EnumMap<>(Status.class);
        Set<String> distinctCalls = new HashSet<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            AiMessage message = model.chat(request(seed)).aiMessage();

            assertThat(message.toolExecutionRequests())
                    .as("seed %d: %s", seed, message)
                    .hasSize(1);
            ToolExecutionRequest call = message.toolExecutionRequests().get(0);
            ToolSpecification tool = tools.specification(call.name()).orElse(null);
            assertThat(tool)
                    .as("seed %d calls an offered tool: %s", seed, call.name())
                    .isNotNull();
            assertThat(JsonSchemaValidator.validateArguments(tool, call.arguments()))
                    .as("seed %d: schema violations of %s(%s)", seed, call.name(), call.arguments())
                    .isEmpty();
            ToolResult result = tools.dispatch(call.name(), call.arguments());
            assertThat(result.status())
                    .as("seed %d: %s(%s) → %s", seed, call.name(), call.arguments(), result)
                    .isIn(Status.SUCCESS, Status.ERROR);
            outcomes.merge(result.status(), 1, Integer::sum);
            distinctCalls.add(call.name() + call.arguments());
        }

        log.info(
                "{} generations under the CRM tool grammar: {}, {} distinct calls",
                SEEDS,
                outcomes,
                distinctCalls.size());
        assertThat(distinctCalls).as("different seeds explore different calls").hasSizeGreaterThan(10);
    }

    private static ChatRequest request(int seed) {
        return ChatRequest.builder()
                .messages(
                        SystemMessage.from("You are the assistant of a CRM. Use the tools to act."),
                        UserMessage.from("Add Ada Lovelace, ada@example.org, open a deal with her and remind me "
                                + "to call her on 2026-03-15."))
                .parameters(LlamaCppChatRequestParameters.builder()
                        .toolSpecifications(tools.specifications())
                        .toolChoice(ToolChoice.REQUIRED)
                        .seed(seed)
                        .build())
                .build();
    }
}
