package dev.crmkit.agent;

import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolExecutor;
import dev.crmkit.core.Crm;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Configures a {@link CrmAgent}. Not thread-safe. */
public final class CrmAgentBuilder {

    @Nullable
    Crm crm;

    @Nullable
    ChatModel chatModel;

    @Nullable
    StreamingChatModel streamingChatModel;

    int maxSteps = 5;
    Duration turnTimeout = Duration.ofSeconds(60);
    int memoryWindow = 20;
    ActionLog actionLog = new InMemoryActionLog();
    ConversationStore conversationStore = new InMemoryConversationStore();
    final List<Consumer<ToolDispatcher.Builder>> hostTools = new ArrayList<>();
    final Set<String> confirmAlso = new LinkedHashSet<>();

    @Nullable
    Clock clock;

    String systemPrompt = "";

    CrmAgentBuilder() {}

    /**
     * @param crm the CRM the agent acts on (required)
     * @return this
     */
    public CrmAgentBuilder crm(Crm crm) {
        this.crm = Objects.requireNonNull(crm, "crm");
        return this;
    }

    /**
     * @param model any LangChain4j chat model (required): a {@link dev.crmkit.agent.llama.LlamaCppChatModel},
     *              or an OpenAI-compatible server's
     * @return this
     */
    public CrmAgentBuilder chatModel(ChatModel model) {
        this.chatModel = Objects.requireNonNull(model, "model");
        return this;
    }

    /**
     * @param model the streaming model for {@link CrmAgent#chat(String, String, AgentStreamHandler)}, e.g.
     *              {@code LlamaCppChatModel.streaming()}; without it that method runs the blocking model
     * @return this
     */
    public CrmAgentBuilder streamingChatModel(StreamingChatModel model) {
        this.streamingChatModel = Objects.requireNonNull(model, "model");
        return this;
    }

    /**
     * @param steps model calls allowed in one turn; default 5
     * @return this
     */
    public CrmAgentBuilder maxSteps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1");
        }
        this.maxSteps = steps;
        return this;
    }

    /**
     * @param timeout time allowed for one turn, by the agent's clock; default 60 seconds
     * @return this
     */
    public CrmAgentBuilder turnTimeout(Duration timeout) {
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
    public CrmAgentBuilder memoryWindow(int messages) {
        if (messages < 1) {
            throw new IllegalArgumentException("memoryWindow must be at least 1");
        }
        this.memoryWindow = messages;
        return this;
    }

    /**
     * @param log where actions are recorded; default a new {@link InMemoryActionLog}
     * @return this
     */
    public CrmAgentBuilder actionLog(ActionLog log) {
        this.actionLog = Objects.requireNonNull(log, "log");
        return this;
    }

    /**
     * @param store where conversations are kept; default a new {@link InMemoryConversationStore}
     * @return this
     */
    public CrmAgentBuilder conversationStore(ConversationStore store) {
        this.conversationStore = Objects.requireNonNull(store, "store");
        return this;
    }

    /**
     * Adds the host's own tools beside the CRM tools: objects with LangChain4j
     * {@link dev.langchain4j.agent.tool.Tool} methods, described, checked and run like the CRM tools
     * (see {@link ToolDispatcher}). A method marked {@link dev.crmkit.agent.tool.RequiresConfirmation}
     * waits for the host's confirmation like a CRM delete. The model sees them after the CRM tools, in
     * the order added; a local model's grammar and prompt include them.
     *
     * @param toolObjects objects with {@code @Tool} methods
     * @return this
     * @throws IllegalArgumentException from {@link #build()} when an object has no tools, a parameter
     *                                  type is unsupported, or a name is taken (CRM tools included)
     */
    public CrmAgentBuilder tools(Object... toolObjects) {
        for (Object toolObject : toolObjects) {
            Objects.requireNonNull(toolObject, "toolObject");
            hostTools.add(tools -> tools.add(toolObject));
        }
        return this;
    }

    /**
     * Adds one host tool given as a specification and the code that runs it: for tools known only at
     * run time. The executor gets the arguments as JSON (see {@link ToolExecutor}). To make it wait for
     * confirmation, name it in {@link #requireConfirmation}.
     *
     * @param specification the name, description and parameters the model is shown
     * @param executor      runs a call
     * @return this
     * @throws IllegalArgumentException from {@link #build()} when the name is missing or taken
     */
    public CrmAgentBuilder tool(ToolSpecification specification, ToolExecutor executor) {
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(executor, "executor");
        hostTools.add(tools -> tools.add(specification, executor));
        return this;
    }

    /**
     * Makes these tools wait for the host's confirmation, as if marked
     * {@link dev.crmkit.agent.tool.RequiresConfirmation}: a host tool given by specification, or a CRM
     * tool the host wants confirmed (e.g. {@code update_deal}). The CRM deletes always wait.
     *
     * @param toolNames tool names
     * @return this
     * @throws IllegalArgumentException from {@link #build()} when a name is no tool's
     */
    public CrmAgentBuilder requireConfirmation(String... toolNames) {
        for (String name : toolNames) {
            confirmAlso.add(Objects.requireNonNull(name, "toolName"));
        }
        return this;
    }

    /**
     * @param clock for action times, "today" and the turn deadline; default the CRM's clock
     * @return this
     */
    public CrmAgentBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * @param instructions the host's own instructions, appended to the built-in system prompt
     * @return this
     */
    public CrmAgentBuilder systemPrompt(String instructions) {
        this.systemPrompt = Objects.requireNonNull(instructions, "instructions");
        return this;
    }

    /**
     * @return the agent; close it when the application stops
     * @throws NullPointerException     when the CRM or the chat model is missing
     * @throws IllegalArgumentException when a host tool is invalid or clashes, or
     *                                  {@link #requireConfirmation} names no tool
     */
    public CrmAgent build() {
        return new CrmAgent(this);
    }
}
