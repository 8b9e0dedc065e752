package dev.crmkit.agent.llama;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.langchain4j.agent.tool.ToolSpecification;

/**
 * The part of the system prompt that tells the model its tools and the reply format. Its text depends
 * only on the tools, in order, so it is byte-identical from turn to turn and stays in the KV cache.
 */
final class ToolPrompt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolPrompt() {}

    static String describe(ToolCallGrammar grammar) {
        StringBuilder text = new StringBuilder("You can use these tools:\n");
        for (ToolSpecification tool : grammar.tools()) {
            text.append(entry(tool)).append('\n');
        }
        text.append("Reply with one JSON object and nothing else. To call a tool: ")
                .append("{\"tool\": \"<tool name>\", \"arguments\": {<arguments>}}.");
        if (grammar.answerAllowed()) {
            text.append(" To reply to the user: {\"answer\": \"<at most ")
                    .append(grammar.answerMaxLength())
                    .append(" characters>\"}.");
        }
        return text.toString();
    }

    /**
     * @return the line that describes {@code tool}: its name, description and parameters as compact JSON
     *         ({@link PromptSchema})
     */
    static String entry(ToolSpecification tool) {
        ObjectNode entry = JSON.createObjectNode().put("name", tool.name());
        if (tool.description() != null) {
            entry.put("description", tool.description());
        }
        entry.set("parameters", PromptSchema.parameters(tool.parameters()));
        return entry.toString();
    }
}
