package dev.crmkit.examples.web.api;

import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentReply;
import dev.crmkit.agent.AgentStreamHandler;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.TurnCancellation;
import dev.crmkit.agent.TurnCancelledException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.web.chat.Assistant;
import dev.crmkit.examples.web.chat.ChatMessages;
import dev.crmkit.examples.web.problem.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/chat}: talk to the assistant, blocking or streamed (server-sent events), and
 * decide the actions it proposes. Without a model every call answers 503 saying how to configure one.
 * A conversation belongs to the user who started it: to anyone else it is 404.
 */
@ApiController(path = "/api/v1/chat", tag = "chat")
class ChatApi implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChatApi.class);
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> FIELDS = Set.of("conversation_id", "message");

    private final Assistant assistant;
    /** How often a stream with nothing to say checks that its client is still there. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    // Streamed turns run here, not on Tomcat's request threads, which return at once.
    private final ExecutorService turns = Executors.newCachedThreadPool();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "chat-stream-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    ChatApi(Assistant assistant) {
        this.assistant = assistant;
    }

    /** The message of a chat request, and the conversation it continues (a new one when absent). */
    record ChatRequest(String conversationId, String message) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Send a message and wait for the answer",
            description = "Body: {\"message\": \"...\", \"conversation_id\": \"optional\"}. Actions that delete or"
                    + " touch many records come back in pending and run only when confirmed.")
    ChatJson.Reply chat(@RequestBody JsonNode body, Principal user) {
        ChatRequest request = read(body);
        CrmAgent agent = agent();
        owned(request.conversationId(), user, true);
        return ChatJson.Reply.of(agent.chat(request.conversationId(), request.message()));
    }

    @PostMapping(
            path = "/stream",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Send a message and stream the answer as server-sent events",
            description = "Events: text {\"text\": fragment} as the answer is written, tool {\"tool\","
                    + " \"display_name\", \"arguments\"} as a tool call starts, action {action} as each runs or"
                    + " becomes pending, done {reply} at the end, error {\"detail\"} if the model failed; a comment (a"
                    + " heartbeat) every 5 s. Closing the stream cancels the turn: the model stops generating.")
    SseEmitter stream(@RequestBody JsonNode body, Principal user) {
        ChatRequest request = read(body);
        CrmAgent agent = agent();
        owned(request.conversationId(), user, true);
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(5).toMillis());
        // A client that closes the stream wants no answer: the turn stops and the model with it. The container
        // notices the closed connection when a write fails, hence the heartbeat while the model is silent
        // (evaluating the prompt, writing a tool call, or a tool running).
        TurnCancellation cancellation = new TurnCancellation();
        emitter.onError(error -> cancellation.cancel());
        emitter.onTimeout(cancellation::cancel);
        emitter.onCompletion(cancellation::cancel);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleWithFixedDelay(
                () -> heartbeat(emitter, cancellation),
                HEARTBEAT.toMillis(),
                HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        turns.execute(() -> {
            try {
                AgentReply reply = agent.chat(
                        request.conversationId(),
                        request.message(),
                        new AgentStreamHandler() {
                            @Override
                            public void onText(String fragment) {
                                send(emitter, cancellation, "text", Map.of("text", fragment));
                            }

                            @Override
                            public void onToolCall(String tool, String arguments) {
                                send(emitter, cancellation, "tool", ChatJson.ToolCall.of(tool, arguments));
                            }

                            @Override
                            public void onAction(AgentAction action) {
                                send(emitter, cancellation, "action", ChatJson.Action.of(action));
                            }
                        },
                        cancellation);
                send(emitter, cancellation, "done", ChatJson.Reply.of(reply));
                emitter.complete();
            } catch (TurnCancelledException e) {
                log.debug("the client closed a chat stream; its turn was cancelled: {}", e.getMessage());
                emitter.complete();
            } catch (RuntimeException e) {
                log.warn("a streamed chat turn failed", e);
                send(emitter, cancellation, "error", Map.of("detail", Assistant.failure(e)));
                emitter.complete();
            } finally {
                heartbeat.cancel(false);
            }
        });
        return emitter;
    }

    @GetMapping("/{conversationId}")
    @Operation(
            summary = "A conversation: its messages, every action, and those waiting for a decision",
            description = "404 for a conversation the user has not started.")
    ChatJson.Conversation conversation(@PathVariable String conversationId, Principal user) {
        CrmAgent agent = agent();
        String id = conversationId(conversationId);
        if (!assistant.owners().owns(id, user.getName())) {
            throw notFound(id);
        }
        return new ChatJson.Conversation(
                id,
                agent.history(id).stream().map(ChatJson.Message::of).toList(),
                ChatJson.Action.of(agent.actions(id)),
                ChatJson.Action.of(agent.pending(id)));
    }

    @PostMapping("/{conversationId}/actions/{actionId}/confirm")
    @Operation(summary = "Run a pending action", description = "404 when no such action waits.")
    ChatJson.Action confirm(@PathVariable String conversationId, @PathVariable String actionId, Principal user) {
        CrmAgent agent = agent();
        return ChatJson.Action.of(agent.confirm(owned(conversationId(conversationId), user, false), actionId));
    }

    @PostMapping("/{conversationId}/actions/{actionId}/reject")
    @Operation(summary = "Drop a pending action; nothing runs", description = "404 when no such action waits.")
    ChatJson.Action reject(@PathVariable String conversationId, @PathVariable String actionId, Principal user) {
        CrmAgent agent = agent();
        return ChatJson.Action.of(agent.reject(owned(conversationId(conversationId), user, false), actionId));
    }

    @Override
    public void destroy() {
        turns.shutdownNow();
        heartbeats.shutdownNow();
    }

    private CrmAgent agent() {
        return assistant
                .agent()
                .orElseThrow(() -> new ApiException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "chat-unavailable",
                        assistant.unavailableReason(),
                        Map.of("how_to_configure", Assistant.HOW_TO_CONFIGURE)));
    }

    /**
     * The conversation id when {@code user} may use it (claiming a new one when {@code write}); another
     * user's conversation is 404, exactly like one that does not exist.
     */
    private String owned(String conversationId, Principal user, boolean write) {
        boolean allowed = write
                ? assistant.owners().claim(conversationId, user.getName())
                : assistant.owners().mayUse(conversationId, user.getName());
        if (!allowed) {
            throw notFound(conversationId);
        }
        return conversationId;
    }

    private static ApiException notFound(String conversationId) {
        return new ApiException(
                HttpStatus.NOT_FOUND,
                "not-found",
                "conversation " + conversationId + " does not exist",
                Map.of("entity", "conversation", "id", conversationId));
    }

    private static ChatRequest read(JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, FIELDS, Set.of());
        var conversation = in.text("conversation_id");
        var message = in.text("message");
        return in.build(() -> {
            String text = JsonInput.value(message);
            String broken = ChatMessages.broken(text == null ? "" : text).orElse(null);
            if (broken != null) {
                throw new ValidationException("message", broken);
            }
            String id = JsonInput.value(conversation);
            return new ChatRequest(id == null ? UUID.randomUUID().toString() : conversationId(id), text);
        });
    }

    private static String conversationId(String id) {
        if (!CONVERSATION_ID.matcher(id).matches()) {
            throw new ValidationException("conversation_id", "must be 1-64 letters, digits, _ or -");
        }
        return id;
    }

    private static void send(SseEmitter emitter, TurnCancellation cancellation, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            // The client went away: no one reads the answer, so the turn stops (what it did so far is kept).
            log.debug("could not send {} to a chat stream, cancelling its turn: {}", event, e.getMessage());
            cancellation.cancel();
        }
    }

    /** An SSE comment: clients ignore it, and writing it finds out whether the client is still there. */
    private static void heartbeat(SseEmitter emitter, TurnCancellation cancellation) {
        try {
            emitter.send(SseEmitter.event().comment("heartbeat"));
        } catch (IOException | IllegalStateException e) {
            log.debug("a chat stream's client went away, cancelling its turn: {}", e.getMessage());
            cancellation.cancel();
        }
    }
}
