package dev.crmkit.agent;

import dev.crmkit.core.Crm;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The CRM assistant a host application embeds: a chat model that acts on a {@link Crm} through the
 * CRM tools ({@link dev.crmkit.agent.crm.CrmToolset}).
 *
 * <pre>{@code
 * CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
 * AgentReply reply = agent.chat("alice", "Create a contact named John Doe with email john@example.com");
 * }</pre>
 *
 * <h2>A turn</h2>
 * {@link #chat} sends the system prompt, the conversation's recent messages (a window of
 * {@link CrmAgentBuilder#memoryWindow}) and the tools to the model; runs the tool calls it makes, each one
 * its own transaction; gives the results back as observations (errors included, so the model can
 * correct itself); and repeats until the model answers — or until {@link CrmAgentBuilder#maxSteps} model
 * calls or {@link CrmAgentBuilder#turnTimeout} are used up, when the reply says which limit stopped it and
 * {@link AgentReply#stoppedByLimit()} is true.
 *
 * <h2>Confirmation</h2>
 * Deletes, and anything that changes more than one record, are never executed in a turn: they
 * become {@link AgentAction.Status#PENDING} actions, and the model is told they await the user's
 * confirmation. Only the host runs them, with {@link #confirm}, or drops them with {@link #reject}.
 * The system prompt tells the model that CRM data is data, not instructions — but safety does not
 * rest on the model obeying: whatever it writes, nothing destructive runs without the host.
 *
 * The same holds for the host's own tools ({@link CrmAgentBuilder#tools}, {@link CrmAgentBuilder#tool}) marked
 * {@link dev.crmkit.agent.tool.RequiresConfirmation} or named in {@link CrmAgentBuilder#requireConfirmation}.
 *
 * <h2>Record and memory</h2>
 * Every action (ran, failed, proposed, confirmed, rejected) goes to the {@link ActionLog} with its
 * conversation, time, tool, arguments and outcome; {@link #actions} reads it back. Conversations (the
 * model's memory, the chat history, the pending actions) live in the {@link ConversationStore}; the
 * default {@link InMemoryConversationStore} loses them on restart, and {@link #forget} drops one.
 *
 * <h2>Threads and closing</h2>
 * Thread-safe. Conversations run in parallel; turns and decisions of one conversation are
 * serialised within this agent. A blocking model is called on a worker thread so the time limit can
 * interrupt it; tools run on the caller's thread. {@link #close()} ends the model calls in progress
 * and shuts the worker threads down.
 */
public final class CrmAgent implements AutoCloseable {

    private final AgentSettings settings;
    private final AgentRuntime runtime;
    private final ChatModel chatModel;
    private final @Nullable StreamingChatModel streamingChatModel;

    CrmAgent(CrmAgentBuilder builder) {
        Crm crm = Objects.requireNonNull(builder.crm, "crm is required");
        this.chatModel = Objects.requireNonNull(builder.chatModel, "chatModel is required");
        this.streamingChatModel = builder.streamingChatModel;
        this.settings = new AgentSettings(
                new LiveTools(crm, builder.hostTools, builder.confirmAlso),
                Set.copyOf(builder.confirmAlso),
                new SystemPrompt(builder.systemPrompt),
                builder.maxSteps,
                builder.turnTimeout,
                builder.memoryWindow,
                builder.actionLog,
                builder.conversationStore,
                builder.clock != null ? builder.clock : crm.clock());
        this.runtime = new AgentRuntime(
                settings, crm, streamingChatModel instanceof PromptPreloading ? streamingChatModel : chatModel);
    }

    /**
     * @return completes when the model has evaluated the system prompt and the tools (at once for a model
     *         that cannot do so ahead of time); a turn's time limit starts only then
     */
    public CompletableFuture<Void> ready() {
        return runtime.ready();
    }

    /** @return a builder; {@link CrmAgentBuilder#crm} and {@link CrmAgentBuilder#chatModel} are required */
    public static CrmAgentBuilder builder() {
        return new CrmAgentBuilder();
    }

    /**
     * One user turn: runs the tool loop to a final answer, or to the step or time limit.
     *
     * @param conversationId any non-blank id the host chooses; a new one starts a conversation
     * @param userMessage    what the user wrote
     * @return the answer, the actions this turn performed, and the conversation's pending actions
     * @throws AgentException       when the chat model itself fails (a tool's failure never throws), or the
     *                               agent is closed while the turn waits for the model
     * @throws IllegalStateException when the agent is closed
     * @throws IllegalArgumentException when the id or the message is blank
     */
    public AgentReply chat(String conversationId, String userMessage) {
        return runtime.turn(
                conversationId, userMessage, runtime.blocking(chatModel), text -> {}, new TurnCancellation());
    }

    /**
     * The same turn, streaming the final answer's text as it is generated; returns when the turn is over.
     * Without a {@link CrmAgentBuilder#streamingChatModel}, the blocking model runs and the answer arrives as one
     * fragment. When a limit stops the turn, the sentence saying so is streamed too.
     *
     * @param conversationId any non-blank id the host chooses; a new one starts a conversation
     * @param userMessage    what the user wrote
     * @param handler receives the answer's text and each action as it happens
     * @return the answer, the actions this turn performed, and the conversation's pending actions
     * @throws AgentException       when the chat model itself fails, or the agent is closed during the turn
     * @throws IllegalStateException when the agent is closed
     * @see #chat(String, String)
     */
    public AgentReply chat(String conversationId, String userMessage, AgentStreamHandler handler) {
        return chat(conversationId, userMessage, handler, new TurnCancellation());
    }

    /**
     * The streamed turn, which the host can cancel from another thread when no one waits for the answer any more
     * (the client closed the stream): the model stops generating, no further tool call runs, and the turn ends
     * with {@link TurnCancelledException}. See {@link TurnCancellation}.
     *
     * @param conversationId any non-blank id the host chooses; a new one starts a conversation
     * @param userMessage    what the user wrote
     * @param handler        receives the answer's text and each action as it happens
     * @param cancellation   cancels this turn; one per turn
     * @return the answer, the actions this turn performed, and the conversation's pending actions
     * @throws TurnCancelledException when {@code cancellation} was cancelled before the turn answered
     * @throws AgentException         when the chat model itself fails, or the agent is closed during the turn
     * @throws IllegalStateException  when the agent is closed
     * @see #chat(String, String, AgentStreamHandler)
     */
    public AgentReply chat(
            String conversationId, String userMessage, AgentStreamHandler handler, TurnCancellation cancellation) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(cancellation, "cancellation");
        ModelCaller caller = streamingChatModel != null
                ? new StreamingModelCaller(streamingChatModel, handler)
                : runtime.blocking(chatModel);
        return runtime.turn(conversationId, userMessage, caller, handler, cancellation);
    }

    /**
     * Executes a pending action the host approved; the model is not called. The model learns the
     * outcome with the conversation's next message.
     *
     * @param conversationId the conversation the action was proposed in
     * @param actionId       the action's {@link AgentAction#id()}
     * @return the action, {@link AgentAction.Status#CONFIRMED} with its result, or
     *         {@link AgentAction.Status#FAILED} with the error when the CRM refused it (e.g. the record
     *         is gone)
     * @throws UnknownActionException when no such action waits in this conversation
     * @throws IllegalStateException  when the agent is closed
     */
    public AgentAction confirm(String conversationId, String actionId) {
        return runtime.decide(conversationId, actionId, true);
    }

    /**
     * Rejects a pending action; nothing is executed. The model learns it with the next message.
     *
     * @param conversationId the conversation the action was proposed in
     * @param actionId       the action's {@link AgentAction#id()}
     * @return the action, {@link AgentAction.Status#REJECTED}
     * @throws UnknownActionException when no such action waits in this conversation
     * @throws IllegalStateException  when the agent is closed
     */
    public AgentAction reject(String conversationId, String actionId) {
        return runtime.decide(conversationId, actionId, false);
    }

    /**
     * @param conversationId the conversation
     * @return the actions of the conversation waiting for confirmation, oldest first; empty for an unknown one
     */
    public List<AgentAction> pending(String conversationId) {
        return settings.conversations().pending(conversationId);
    }

    /**
     * @param conversationId the conversation
     * @return every action recorded for the conversation, oldest first, from the {@link ActionLog}
     */
    public List<AgentAction> actions(String conversationId) {
        return settings.actionLog().byConversation(conversationId);
    }

    /**
     * @param conversationId the conversation
     * @return the user's and the assistant's messages, as a chat window shows them, oldest first, as far
     *         as the {@link ConversationStore} keeps them (the default, the latest 1,000). A turn that was
     *         cancelled or failed is answered there too, by a sentence saying so and what it had done, so that
     *         user and assistant alternate
     */
    public List<AgentMessage> history(String conversationId) {
        return settings.conversations().history(conversationId);
    }

    /**
     * Drops a conversation's memory, history and pending actions (which then never run). Its
     * actions stay in the {@link ActionLog}. Waits for a running turn of it to end.
     *
     * @param conversationId the conversation; an unknown one is ignored
     */
    public void forget(String conversationId) {
        runtime.forget(conversationId);
    }

    /**
     * @return the tools the model is offered now: the CRM tools (with the custom fields the CRM defines at
     *         this moment), then the host's, in the order added
     */
    public List<ToolSpecification> tools() {
        return settings.tools().current().specifications();
    }

    /**
     * Shuts the agent down; idempotent. Model calls in progress are cancelled (a blocking one is
     * interrupted, a streaming one cancelled through its handle): their turns end with an
     * {@link AgentException}, keeping what they did so far — a tool call already running completes and
     * is recorded, and the conversation's memory is saved. Later {@link #chat}, {@link #confirm} and
     * {@link #reject} calls throw {@link IllegalStateException}; {@link #pending}, {@link #actions} and
     * {@link #history} still read the stores. The chat models are the host's: close them after the agent.
     */
    @Override
    public void close() {
        runtime.close();
    }
}
