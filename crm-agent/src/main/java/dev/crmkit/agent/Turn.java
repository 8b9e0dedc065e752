package dev.crmkit.agent;

import dev.crmkit.agent.tool.ToolCall;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user turn: the loop of model steps and tool calls until the model answers, or the step or
 * time limit ends it. Runs under the conversation's turn lock, on the caller's thread; tools run
 * here too, each call its own transaction.
 *
 * <p>The safety rule lives in {@link #act}: a call to a tool marked
 * {@link dev.crmkit.agent.tool.RequiresConfirmation}, or named by the host's
 * {@link CrmAgentBuilder#requireConfirmation}, is never executed here, whatever the model
 * says and whatever the CRM data it read; it becomes a pending action only the host can confirm. A call
 * its tool's checks refuse is answered with their errors instead: the user is never asked to confirm what
 * can only fail.
 */
final class Turn {

    private static final Logger log = LoggerFactory.getLogger(Turn.class);

    private enum Limit {
        STEPS,
        TIME
    }

    private final AgentSettings settings;
    /** The tools of this turn: every step offers the same ones, and runs the calls with them. */
    private final ToolDispatcher tools;

    private final Conversation conversation;
    private final ModelCaller model;
    private final AgentStreamHandler handler;
    private final TurnCancellation cancellation;
    private final List<AgentAction> performed = new ArrayList<>();
    private Instant deadline = Instant.MAX;
    private int turnStart;

    Turn(
            AgentSettings settings,
            Conversation conversation,
            ModelCaller model,
            AgentStreamHandler handler,
            TurnCancellation cancellation) {
        this.settings = settings;
        this.tools = settings.tools().current();
        this.conversation = conversation;
        this.model = model;
        this.handler = handler;
        this.cancellation = cancellation;
    }

    AgentReply run(String userMessage) {
        Instant start = settings.clock().instant();
        deadline = start.plus(settings.turnTimeout());
        conversation.addHistory(new AgentMessage(AgentMessage.Role.USER, userMessage, start));
        turnStart = conversation.remember(UserMessage.from(conversation.takeDecisions() + userMessage));
        try {
            return loop();
        } catch (RuntimeException e) {
            throw ended(e);
        }
    }

    private AgentReply loop() {
        for (int step = 1; step <= settings.maxSteps(); step++) {
            Duration left = Duration.between(settings.clock().instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return stopped(Limit.TIME);
            }
            AiMessage message;
            try {
                message = model.call(request(), left);
            } catch (TimeoutException e) {
                return stopped(Limit.TIME);
            }
            if (!message.hasToolExecutionRequests()) {
                return answered(message.text() == null ? "" : message.text());
            }
            if (!settings.clock().instant().isBefore(deadline)) {
                return stopped(Limit.TIME); // the calls came too late: none of them runs
            }
            if (cancellation.isCancelled()) {
                throw new TurnCancelledException(); // no one waits for them: none of them runs
            }
            log.debug(
                    "conversation {}, step {}: {} tool call(s)",
                    conversation.id,
                    step,
                    message.toolExecutionRequests().size());
            List<ChatMessage> messages = new ArrayList<>();
            messages.add(message);
            for (ToolExecutionRequest call : message.toolExecutionRequests()) {
                messages.add(act(call));
            }
            conversation.remember(messages); // a call and its results enter memory together, or not at all
        }
        return stopped(Limit.STEPS);
    }

    private ChatRequest request() {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(settings.systemPrompt().text(LocalDate.now(settings.clock()))));
        messages.addAll(conversation.window(settings.memoryWindow(), turnStart));
        return ChatRequest.builder()
                .messages(messages)
                .toolSpecifications(tools.specifications())
                .build();
    }

    private ToolExecutionResultMessage act(ToolExecutionRequest request) {
        String tool = request.name() == null ? "" : request.name();
        ToolCall call = tools.prepare(tool, request.arguments());
        if (settings.needsConfirmation(call)) {
            call = call.checked(); // what can only fail is answered now, not asked of the user
        }
        String arguments = Observations.arguments(call.arguments());
        handler.onToolCall(tool, arguments);
        String observation;
        boolean failed;
        if (settings.needsConfirmation(call)) {
            if (conversation.pendingLike(tool, arguments).isEmpty()) {
                propose(tool, arguments);
            }
            observation = Observations.PENDING;
            failed = false;
        } else {
            ToolResult result = tools.execute(call); // an invalid call returns its rejection
            failed = !result.isSuccess();
            AgentAction action = new AgentAction(
                    newId(),
                    conversation.id,
                    settings.clock().instant(),
                    tool,
                    arguments,
                    failed ? AgentAction.Status.FAILED : AgentAction.Status.EXECUTED,
                    failed ? null : result.content(),
                    failed ? result.content() : null);
            record(action);
            performed.add(action);
            observation = Observations.of(result);
        }
        return ToolExecutionResultMessage.builder()
                .id(request.id() == null ? newId() : request.id())
                .toolName(tool)
                .text(observation)
                .isError(failed)
                .build();
    }

    private void propose(String tool, String arguments) {
        AgentAction action = new AgentAction(
                newId(),
                conversation.id,
                settings.clock().instant(),
                tool,
                arguments,
                AgentAction.Status.PENDING,
                null,
                null);
        conversation.addPending(action);
        record(action);
        log.info(
                "conversation {}: {} {} awaits the host's confirmation as {}",
                conversation.id,
                tool,
                arguments,
                action.id());
    }

    private void record(AgentAction action) {
        settings.actionLog().record(action);
        handler.onAction(action);
    }

    private AgentReply answered(String text) {
        conversation.remember(AiMessage.from(text));
        if (!model.streamedText() && !text.isEmpty()) { // a blocking model's answer arrives whole
            handler.onText(text);
        }
        return finish(text, false);
    }

    private AgentReply stopped(Limit limit) {
        String text = (limit == Limit.STEPS
                        ? "I stopped before finishing: your request needed more than " + settings.maxSteps()
                                + " steps, the limit for one message."
                        : "I stopped before finishing: your request took longer than " + human(settings.turnTimeout())
                                + ", the time limit for one message.")
                + " " + progress();
        log.info(
                "conversation {}: turn stopped by the {} limit",
                conversation.id,
                limit == Limit.STEPS ? "step" : "time");
        conversation.remember(AiMessage.from(text));
        handler.onText(text);
        return finish(text, true);
    }

    /**
     * Ends a turn that neither answered nor hit a limit (cancelled, or failed) with a reply in memory and history
     * all the same, so the user's message is not left without one: the next turn's model sees user and
     * assistant alternate, as chat templates require, and the history says what became of the message.
     */
    private RuntimeException ended(RuntimeException cause) {
        try {
            String text = (cause instanceof TurnCancelledException
                            ? "You stopped this answer before it was finished."
                            : "This answer failed before it was finished.")
                    + " " + progress();
            conversation.remember(AiMessage.from(text));
            finish(text, false); // nothing more reaches the handler: its stream is over
        } catch (RuntimeException alsoFailed) { // the store may be what failed
            cause.addSuppressed(alsoFailed);
        }
        return cause;
    }

    private String progress() {
        String done = performed.stream()
                .filter(action -> action.status() == AgentAction.Status.EXECUTED)
                .map(AgentAction::tool)
                .collect(Collectors.joining(", "));
        String waiting = conversation.pending().stream().map(AgentAction::tool).collect(Collectors.joining(", "));
        return (done.isEmpty() ? "Nothing was changed." : "Done so far: " + done + ".")
                + (waiting.isEmpty() ? "" : " Waiting for your confirmation: " + waiting + ".")
                + " Ask me to continue if you want the rest.";
    }

    private AgentReply finish(String text, boolean stoppedByLimit) {
        conversation.addHistory(new AgentMessage(
                AgentMessage.Role.ASSISTANT, text, settings.clock().instant()));
        conversation.forgetBeyond(settings.memoryWindow());
        return new AgentReply(conversation.id, text, performed, conversation.pending(), stoppedByLimit);
    }

    private static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " seconds" : duration.toMillis() + " ms";
    }

    static String newId() {
        return "act-" + UUID.randomUUID();
    }
}
