package dev.crmkit.agent;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.core.Crm;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRM assistant a host application embeds: a chat model that acts on a {@link Crm} through the
 * CRM tools ({@link CrmToolset}).
 *
 * <pre>{@code
 * CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
 * AgentReply reply = agent.chat("alice", "Create a contact named John Doe with email john@example.com");
 * }</pre>
 *
 * <h2>A turn</h2>
 * {@link #chat} sends the system prompt, the conversation's recent messages (a window of
 * {@link Builder#memoryWindow}) and the tools to the model; runs the tool calls it makes, each one
 * its own transaction; gives the results back as observations (errors included, so the model can
 * correct itself); and repeats until the model answers — or until {@link Builder#maxSteps} model
 * calls or {@link Builder#turnTimeout} are used up, when the reply says which limit stopped it and
 * {@link AgentReply#stoppedByLimit()} is true.
 *
 * <h2>Confirmation</h2>
 * Deletes, and anything that changes more than one record, are never executed in a turn: they
 * become {@link AgentAction.Status#PENDING} actions, and the model is told they await the user's
 * confirmation. Only the host runs them, with {@link #confirm}, or drops them with {@link #reject}.
 * The system prompt tells the model that CRM data is data, not instructions — but safety does not
 * rest on the model obeying: whatever it writes, nothing destructive runs without the host.
 *
 * <h2>Record</h2>
 * Every action (ran, failed, proposed, confirmed, rejected) goes to the {@link ActionLog} with its
 * conversation, time, tool, arguments and outcome; {@link #actions} reads it back.
 *
 * <h2>Threads</h2>
 * Thread-safe. Conversations run in parallel; turns and decisions of one conversation are
 * serialised. A blocking model is called on a worker thread so the time limit can interrupt it;
 * tools run on the caller's thread. Memory lives in this object: conversations are lost on
 * restart, and {@link #forget} drops one.
 */
public final class CrmAgent {

    private static final Logger log = LoggerFactory.getLogger(CrmAgent.class);

    private final AgentSettings settings;
    private final ChatModel chatModel;
    private final @Nullable StreamingChatModel streamingChatModel;
    private final ExecutorService modelThreads = Executors.newCachedThreadPool(new ModelThreads());
    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();

    private CrmAgent(Builder builder) {
        Crm crm = Objects.requireNonNull(builder.crm, "crm is required");
        this.chatModel = Objects.requireNonNull(builder.chatModel, "chatModel is required");
        this.streamingChatModel = builder.streamingChatModel;
        this.settings = new AgentSettings(CrmToolset.dispatcher(crm), new SystemPrompt(builder.systemPrompt),
                builder.maxSteps, builder.turnTimeout, builder.memoryWindow, builder.actionLog,
                builder.clock != null ? builder.clock : crm.clock());
    }

    /** @return a builder; {@link Builder#crm} and {@link Builder#chatModel} are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One user turn: runs the tool loop to a final answer, or to the step or time limit.
     *
     * @param conversationId any non-blank id the host chooses; a new one starts a conversation
     * @param userMessage    what the user wrote
     * @return the answer, the actions this turn performed, and the conversation's pending actions
     * @throws AgentException when the chat model itself fails (a tool's failure never throws)
     */
    public AgentReply chat(String conversationId, String userMessage) {
        Conversation conversation = conversation(conversationId, userMessage);
        return inTurn(conversation, () -> new Turn(settings, conversation,
                new BlockingModelCaller(chatModel, modelThreads), text -> { }).run(userMessage));
    }

    /**
     * The same turn, streaming the final answer's text as it is generated; returns when the turn is over.
     * Without a {@link Builder#streamingChatModel}, the blocking model runs and the answer arrives as one
     * fragment. When a limit stops the turn, the sentence saying so is streamed too.
     *
     * @param handler receives the answer's text and each action as it happens
     * @see #chat(String, String)
     */
    public AgentReply chat(String conversationId, String userMessage, AgentStreamHandler handler) {
        Objects.requireNonNull(handler, "handler");
        Conversation conversation = conversation(conversationId, userMessage);
        ModelCaller caller = streamingChatModel != null ? new StreamingModelCaller(streamingChatModel, handler)
                : new BlockingModelCaller(chatModel, modelThreads);
        return inTurn(conversation, () -> new Turn(settings, conversation, caller, handler).run(userMessage));
    }

    /**
     * Executes a pending action the host approved; the model is not called. The model learns the
     * outcome with the conversation's next message.
     *
     * @return the action, {@link AgentAction.Status#CONFIRMED} with its result, or
     *         {@link AgentAction.Status#FAILED} with the error when the CRM refused it (e.g. the record
     *         is gone)
     * @throws UnknownActionException when no such action waits in this conversation
     */
    public AgentAction confirm(String conversationId, String actionId) {
        return decide(conversationId, actionId, true);
    }

    /**
     * Rejects a pending action; nothing is executed. The model learns it with the next message.
     *
     * @return the action, {@link AgentAction.Status#REJECTED}
     * @throws UnknownActionException when no such action waits in this conversation
     */
    public AgentAction reject(String conversationId, String actionId) {
        return decide(conversationId, actionId, false);
    }

    /** @return the actions of the conversation waiting for confirmation, oldest first */
    public List<AgentAction> pending(String conversationId) {
        Conversation conversation = conversations.get(conversationId);
        return conversation == null ? List.of() : conversation.pending();
    }

    /** @return every action recorded for the conversation, oldest first, from the {@link ActionLog} */
    public List<AgentAction> actions(String conversationId) {
        return settings.actionLog().byConversation(conversationId);
    }

    /**
     * @return the user's and the assistant's messages, as a chat window shows them, oldest first; the
     *         latest 1,000 of a conversation are kept
     */
    public List<AgentMessage> history(String conversationId) {
        Conversation conversation = conversations.get(conversationId);
        return conversation == null ? List.of() : conversation.history();
    }

    /**
     * Drops a conversation's memory, history and pending actions (which then never run). Its
     * actions stay in the {@link ActionLog}. Waits for a running turn of it to end.
     */
    public void forget(String conversationId) {
        Conversation conversation = conversations.get(conversationId);
        if (conversation != null) {
            inTurn(conversation, () -> conversations.remove(conversationId));
        }
    }

    /** @return the tools the model is offered */
    public List<ToolSpecification> tools() {
        return settings.tools().specifications();
    }

    private AgentAction decide(String conversationId, String actionId, boolean confirmed) {
        Conversation conversation = conversations.get(conversationId);
        if (conversation == null) {
            throw new UnknownActionException(conversationId, actionId);
        }
        return inTurn(conversation, () -> {
            Conversation.Pending pending = conversation.takePending(actionId)
                    .orElseThrow(() -> new UnknownActionException(conversationId, actionId));
            AgentAction proposed = pending.action();
            AgentAction decided;
            if (confirmed) {
                ToolResult result = settings.tools().execute(pending.call());
                boolean ran = result.isSuccess();
                decided = new AgentAction(proposed.id(), conversationId, settings.clock().instant(), proposed.tool(),
                        proposed.arguments(), ran ? AgentAction.Status.CONFIRMED : AgentAction.Status.FAILED,
                        ran ? result.content() : null, ran ? null : result.content());
                conversation.noteDecision("The user confirmed " + proposed.tool() + " " + proposed.arguments() + ": "
                        + Observations.of(result));
            } else {
                decided = new AgentAction(proposed.id(), conversationId, settings.clock().instant(), proposed.tool(),
                        proposed.arguments(), AgentAction.Status.REJECTED, null, null);
                conversation.noteDecision("The user rejected " + proposed.tool() + " " + proposed.arguments()
                        + "; it was not done.");
            }
            settings.actionLog().record(decided);
            log.info("conversation {}: {} {} {}", conversationId, proposed.tool(), proposed.arguments(),
                    decided.status());
            return decided;
        });
    }

    private Conversation conversation(String conversationId, String userMessage) {
        if (conversationId == null || conversationId.isBlank()) {
            throw new IllegalArgumentException("conversationId must not be blank");
        }
        if (userMessage == null || userMessage.isBlank()) {
            throw new IllegalArgumentException("userMessage must not be blank");
        }
        return conversations.computeIfAbsent(conversationId, Conversation::new);
    }

    private static <T> T inTurn(Conversation conversation, Supplier<T> work) {
        conversation.turn.lock();
        try {
            return work.get();
        } finally {
            conversation.turn.unlock();
        }
    }

    /** Daemon threads, so an agent left unclosed never keeps a JVM alive; idle ones end after a minute. */
    private static final class ModelThreads implements ThreadFactory {

        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "crmkit-agent-model-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Configures a {@link CrmAgent}. Not thread-safe. */
    public static final class Builder {

        private @Nullable Crm crm;
        private @Nullable ChatModel chatModel;
        private @Nullable StreamingChatModel streamingChatModel;
        private int maxSteps = 5;
        private Duration turnTimeout = Duration.ofSeconds(60);
        private int memoryWindow = 20;
        private ActionLog actionLog = new InMemoryActionLog();
        private @Nullable Clock clock;
        private String systemPrompt = "";

        private Builder() {
        }

        /** @param crm the CRM the agent acts on (required) @return this */
        public Builder crm(Crm crm) {
            this.crm = Objects.requireNonNull(crm, "crm");
            return this;
        }

        /**
         * @param model any LangChain4j chat model (required): a {@link dev.crmkit.agent.llama.LlamaCppChatModel},
         *              or an OpenAI-compatible server's
         * @return this
         */
        public Builder chatModel(ChatModel model) {
            this.chatModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * @param model the streaming model for {@link CrmAgent#chat(String, String, AgentStreamHandler)}, e.g.
         *              {@code LlamaCppChatModel.streaming()}; without it that method runs the blocking model
         * @return this
         */
        public Builder streamingChatModel(StreamingChatModel model) {
            this.streamingChatModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /** @param steps model calls allowed in one turn; default 5 @return this */
        public Builder maxSteps(int steps) {
            if (steps < 1) {
                throw new IllegalArgumentException("maxSteps must be at least 1");
            }
            this.maxSteps = steps;
            return this;
        }

        /** @param timeout time allowed for one turn, by the agent's clock; default 60 seconds @return this */
        public Builder turnTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("turnTimeout must be positive");
            }
            this.turnTimeout = timeout;
            return this;
        }

        /**
         * @param messages conversation messages (user, assistant, tool calls and results) the model sees
         *                 besides the system prompt; default 20. The current turn is always shown whole.
         * @return this
         */
        public Builder memoryWindow(int messages) {
            if (messages < 1) {
                throw new IllegalArgumentException("memoryWindow must be at least 1");
            }
            this.memoryWindow = messages;
            return this;
        }

        /** @param log where actions are recorded; default a new {@link InMemoryActionLog} @return this */
        public Builder actionLog(ActionLog log) {
            this.actionLog = Objects.requireNonNull(log, "log");
            return this;
        }

        /** @param clock for action times, "today" and the turn deadline; default the CRM's clock @return this */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param instructions the host's own instructions, appended to the built-in system prompt @return this */
        public Builder systemPrompt(String instructions) {
            this.systemPrompt = Objects.requireNonNull(instructions, "instructions");
            return this;
        }

        /**
         * @return the agent
         * @throws NullPointerException when the CRM or the chat model is missing
         */
        public CrmAgent build() {
            return new CrmAgent(this);
        }
    }
}
