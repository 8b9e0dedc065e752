package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.schema.JsonSchemaValidator;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import java.util.List;

/** The assertion every grammar-constrained response must pass. */
final class ToolCalls {

    private ToolCalls() {}

    /** Either a text answer, or exactly one call to one of {@code tools} with schema-valid arguments. */
    static void assertAnswerOrValidCall(AiMessage message, List<ToolSpecification> tools) {
        if (!message.hasToolExecutionRequests()) {
            assertThat(message.text()).as("an answer").isNotNull();
            return;
        }
        assertThat(message.toolExecutionRequests()).hasSize(1);
        ToolExecutionRequest call = message.toolExecutionRequests().get(0);
        ToolSpecification tool = tools.stream()
                .filter(t -> t.name().equals(call.name()))
                .findFirst()
                .orElse(null);
        assertThat(tool)
                .as("the called tool %s is one of the offered ones", call.name())
                .isNotNull();
        assertThat(JsonSchemaValidator.validateArguments(tool, call.arguments()))
                .as("violations of %s(%s)", call.name(), call.arguments())
                .isEmpty();
        assertThat(call.id()).isNotBlank();
    }
}
