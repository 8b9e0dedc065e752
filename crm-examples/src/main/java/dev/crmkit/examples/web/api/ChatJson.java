package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentMessage;
import dev.crmkit.agent.AgentReply;
import dev.crmkit.examples.web.chat.DisplayNames;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The chat's JSON: a reply, an action the assistant took or proposes, and a conversation's history. */
final class ChatJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChatJson() {}

    /**
     * One turn's outcome.
     *
     * @param performed what this turn did (executed or failed)
     * @param pending every action of the conversation waiting for confirm or reject
     * @param stoppedByLimit the step or time limit ended the turn before the model answered
     * @param changeSetId the change set of the turn's writes, for {@code POST /api/v1/change-sets/{id}/undo};
     *     absent when the turn changed no data
     */
    record Reply(
            @JsonProperty("conversation_id") String conversationId,
            String text,
            List<Action> performed,
            List<Action> pending,
            @JsonProperty("stopped_by_limit") boolean stoppedByLimit,
            @JsonProperty("change_set_id") @Nullable String changeSetId) {

        static Reply of(AgentReply reply) {
            return new Reply(
                    reply.conversationId(),
                    reply.text(),
                    Action.of(reply.performed()),
                    Action.of(reply.pending()),
                    reply.stoppedByLimit(),
                    reply.changeSetId().orElse(null));
        }
    }

    /**
     * A tool call. {@code status} is executed, failed, pending, confirmed or rejected; {@code
     * arguments} and {@code result} are JSON, their keys in snake_case like the rest of the API;
     * {@code display_name} is the tool as people read it ("Create contact").
     */
    record Action(
            String id,
            @JsonProperty("conversation_id") String conversationId,
            Instant at,
            String tool,
            @JsonProperty("display_name") String displayName,
            JsonNode arguments,
            String status,
            @Nullable JsonNode result,
            @Nullable String error) {

        static Action of(AgentAction action) {
            return new Action(
                    action.id(),
                    action.conversationId(),
                    action.at(),
                    action.tool(),
                    DisplayNames.of(action.tool()),
                    snakeCase(json(action.arguments())),
                    action.status().name().toLowerCase(Locale.ROOT),
                    action.result() == null ? null : snakeCase(json(action.result())),
                    action.error());
        }

        static List<Action> of(List<AgentAction> actions) {
            return actions.stream().map(Action::of).toList();
        }
    }

    /** A message of the conversation: {@code user} or {@code assistant}. */
    record Message(String role, String text, Instant at) {

        static Message of(AgentMessage message) {
            return new Message(message.role().name().toLowerCase(Locale.ROOT), message.text(), message.at());
        }
    }

    /** A conversation as a chat window shows it. */
    record Conversation(
            @JsonProperty("conversation_id") String conversationId,
            List<Message> messages,
            List<Action> actions,
            List<Action> pending) {}

    /**
     * A tool call as it starts, for the stream's {@code tool} event.
     *
     * @param tool the tool's name
     * @param displayName the tool as people read it
     * @param arguments the arguments, keys in snake_case
     */
    record ToolCall(
            String tool, @JsonProperty("display_name") String displayName, JsonNode arguments) {

        static ToolCall of(String tool, String arguments) {
            return new ToolCall(tool, DisplayNames.of(tool), snakeCase(json(arguments)));
        }
    }

    /** The same JSON with every object key in snake_case (the tools' arguments are camelCase). */
    static JsonNode snakeCase(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.set(DisplayNames.snakeCase(field.getKey()), snakeCase(field.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(snakeCase(element)));
            return out;
        }
        return node;
    }

    /** The model's text as JSON when it is JSON, else as a JSON string holding it. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return JsonNodeFactory.instance.stringNode(text);
        }
    }
}
