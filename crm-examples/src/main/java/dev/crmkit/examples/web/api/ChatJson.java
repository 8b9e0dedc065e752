package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentMessage;
import dev.crmkit.agent.AgentReply;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

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
     */
    record Reply(
            @JsonProperty("conversation_id") String conversationId,
            String text,
            List<Action> performed,
            List<Action> pending,
            @JsonProperty("stopped_by_limit") boolean stoppedByLimit) {

        static Reply of(AgentReply reply) {
            return new Reply(
                    reply.conversationId(),
                    reply.text(),
                    Action.of(reply.performed()),
                    Action.of(reply.pending()),
                    reply.stoppedByLimit());
        }
    }

    /**
     * A tool call. {@code status} is executed, failed, pending, confirmed or rejected; {@code
     * arguments} and {@code result} are JSON.
     */
    record Action(
            String id,
            @JsonProperty("conversation_id") String conversationId,
            Instant at,
            String tool,
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
                    json(action.arguments()),
                    action.status().name().toLowerCase(Locale.ROOT),
                    action.result() == null ? null : json(action.result()),
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

    /** The model's text as JSON when it is JSON, else as a JSON string holding it. */
    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return JsonNodeFactory.instance.stringNode(text);
        }
    }
}
