package dev.crmkit.agent.llama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import java.util.UUID;

/** Maps grammar-constrained model output to an {@link AiMessage}: a tool call or the answer's text. */
final class ModelOutputParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelOutputParser() {}

    static AiMessage parse(String output) {
        JsonNode root;
        try {
            root = JSON.readTree(output);
        } catch (JsonProcessingException e) {
            throw new LlamaCppException(
                    "the model's output is not JSON although a grammar constrained it; "
                            + "this is a crmkit bug, please report it with the output: " + output,
                    e);
        }
        if (root != null && root.has(ToolCallGrammar.TOOL)) {
            JsonNode arguments = root.path(ToolCallGrammar.ARGUMENTS);
            return AiMessage.from(ToolExecutionRequest.builder()
                    .id("call_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                    .name(root.get(ToolCallGrammar.TOOL).asText())
                    .arguments(arguments.isMissingNode() ? "{}" : arguments.toString())
                    .build());
        }
        if (root != null && root.has(ToolCallGrammar.ANSWER)) {
            return AiMessage.from(root.get(ToolCallGrammar.ANSWER).asText());
        }
        throw new LlamaCppException("the model's output is neither a tool call nor an answer although a grammar "
                + "constrained it; this is a crmkit bug, please report it with the output: " + output);
    }
}
