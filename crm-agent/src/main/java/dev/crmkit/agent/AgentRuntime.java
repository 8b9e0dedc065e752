package dev.crmkit.agent;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.ActorKind;
import dev.crmkit.core.kernel.NotFoundException;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a {@link CrmAgent}'s turns and decisions run: the per-conversation locks, the worker threads
 * that call a blocking model, the model calls in progress and the closed state. {@link CrmAgent} is
 * the API and its configuration; this class is the concurrency behind it. Thread-safe.
 */
final class AgentRuntime {

    private static final Logger log = LoggerFactory.getLogger(AgentRuntime.class);

    private final AgentSettings settings;
    private final ExecutorService modelThreads = Executors.newCachedThreadPool(new ModelThreads());
    private final ConversationLocks locks = new ConversationLocks();
    private final Set<ModelCaller> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> ready;
    private final Crm crm;

    /**
     * @param crm the CRM the turns write to, as the agent for the current actor, one change set per turn
     * @param model the model to preload the prompt prefix into ({@link Readiness#preload}), when it can
     */
    AgentRuntime(AgentSettings settings, Crm crm, Object model) {
        this.ready = Readiness.preload(model, settings);
        this.settings = settings;
        this.crm = crm;
    }

    /** What {@link CrmAgent#ready()} returns: a copy, so a caller cannot complete the runtime's own. */
    CompletableFuture<Void> ready() {
        return ready.copy();
    }

    /** A caller of a blocking model on this runtime's worker threads, so the time limit can interrupt it. */
    ModelCaller blocking(ChatModel chatModel) {
        return new BlockingModelCaller(chatModel, modelThreads);
    }

    /**
     * Runs one turn under the conversation's lock and saves the conversation after it.
     *
     * @param cancellation ends the model call in progress, and the turn, when the host cancels it
     *
     * @throws IllegalArgumentException when an id or the message is blank
     * @throws IllegalStateException when the runtime is closed
     */
    AgentReply turn(
            String conversationId,
            String userMessage,
            ModelCaller caller,
            AgentStreamHandler handler,
            TurnCancellation cancellation) {
        requireText(conversationId, "conversationId");
        requireText(userMessage, "userMessage");
        cancellation.onCancel(() -> caller.cancel(TurnCancelledException::new));
        running.add(caller);
        try {
            checkOpen(); // after registering, so that a close() from now on cancels this caller
            Readiness.await(ready, () -> {
                checkOpen();
                if (cancellation.isCancelled()) { // no one waits for the model to finish its prefix any more
                    throw new TurnCancelledException();
                }
            });
            return locks.withLock(conversationId, () -> {
                Conversation conversation = new Conversation(conversationId, settings.conversations());
                try {
                    List<AgentAction> proposedBefore = conversation.pending();
                    // One turn, one change set, made by the agent for whoever the host says acts now.
                    String changeSetId = crm.changeSets().newId();
                    AgentReply reply = attributed(
                            conversationId,
                            changeSetId,
                            () -> new Turn(settings, conversation, caller, handler, cancellation).run(userMessage));
                    if (!changedData(changeSetId)) {
                        return reply;
                    }
                    if (Decision.withdrawStale(settings, conversationId, proposedBefore)) {
                        reply = new AgentReply(
                                reply.conversationId(),
                                reply.text(),
                                reply.performed(),
                                conversation.pending(),
                                reply.stoppedByLimit());
                    }
                    return reply.withChangeSet(changeSetId);
                } finally {
                    conversation.save();
                }
            });
        } finally {
            running.remove(caller);
        }
    }

    /** Confirms or rejects a pending action under the conversation's lock; see {@link Decision}. */
    AgentAction decide(String conversationId, String actionId, boolean confirmed) {
        checkOpen();
        return locks.withLock(conversationId, () -> {
            String changeSetId = crm.changeSets().newId();
            AgentAction decided = attributed(
                    conversationId, changeSetId, () -> Decision.of(settings, conversationId, actionId, confirmed));
            if (changedData(changeSetId)) {
                Decision.withdrawStale(
                        settings, conversationId, settings.conversations().pending(conversationId));
            }
            return decided;
        });
    }

    /** Runs {@code work} as the agent for the current actor in this conversation, its writes in one change set. */
    private <T> T attributed(String conversationId, String changeSetId, Supplier<T> work) {
        Actor host = crm.currentActor();
        String user = host.kind() == ActorKind.AGENT ? host.onBehalfOf().orElse(host.id()) : host.id();
        return crm.as(Actor.agent(user, conversationId), () -> crm.changeSets().run(changeSetId, work));
    }

    private boolean changedData(String changeSetId) {
        try {
            crm.changeSets().get(changeSetId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Drops the conversation from the store once a running turn of it has ended. */
    void forget(String conversationId) {
        locks.withLock(conversationId, () -> {
            settings.conversations().delete(conversationId);
            return null;
        });
    }

    /** Cancels the model calls in progress and stops the worker threads; idempotent. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        int cancelled = running.size();
        running.forEach(caller -> caller.cancel(ModelCaller::closed));
        modelThreads.shutdownNow();
        log.debug("agent closed; {} turn(s) in progress were cancelled", cancelled);
    }

    private static void requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the agent is closed; build a new CrmAgent");
        }
    }
}
