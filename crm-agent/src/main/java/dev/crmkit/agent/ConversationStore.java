package dev.crmkit.agent;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link CrmAgent} keeps its conversations: the model's memory, the notes the model reads with
 * the next user message, the chat history a user sees, and the actions waiting for confirmation. The
 * default is {@link InMemoryConversationStore}; a store over a database lets conversations survive a
 * restart and be shared by several instances of an application. The record of what was done is not
 * here: that is the {@link ActionLog}.
 *
 * <p>A database store keeps the memory as text with LangChain4j's
 * {@code ChatMessageSerializer.messagesToJson} and reads it back with
 * {@code ChatMessageDeserializer.messagesFromJson}; everything the agent remembers (user messages, tool
 * calls, tool results, answers) survives that round trip.
 *
 * <p>A conversation exists once something is stored for it; reading an unknown one gives empty lists.
 * Conversation and action ids are strings (the host chooses the conversation's, the agent an action's
 * {@code act-<uuid>}), so a database keys its rows by them.
 *
 * <h2>Concurrency</h2>
 * Implementations must be thread-safe. Within one agent, the memory and notes of a conversation are
 * written by one turn or decision at a time; history and pending actions are read by other threads
 * while a turn runs. Across agents sharing a store (several application instances), only
 * {@link #takePending} must be atomic: of callers taking the same action at once, exactly one gets it,
 * so a confirmed action runs once. An exception from the store ends the turn or decision with that
 * exception.
 */
public interface ConversationStore {

    /**
     * @param conversationId a conversation
     * @return the messages the model remembers (user, assistant, tool calls and results), oldest first
     */
    List<ChatMessage> messages(String conversationId);

    /**
     * Replaces the model's memory of a conversation. The agent has already trimmed it to what any later
     * window can show, so the list stays short.
     *
     * @param conversationId a conversation
     * @param messages       the whole memory, oldest first
     */
    void saveMessages(String conversationId, List<ChatMessage> messages);

    /**
     * Adds a note for the model to read with the conversation's next user message (e.g. "the user
     * confirmed delete_contact").
     *
     * @param conversationId a conversation
     * @param note           one sentence
     */
    void addNote(String conversationId, String note);

    /**
     * @param conversationId a conversation
     * @return the notes added since the last call, oldest first; they are removed
     */
    List<String> takeNotes(String conversationId);

    /**
     * Appends to what a chat window shows. A store may bound the history, dropping the oldest messages.
     *
     * @param conversationId a conversation
     * @param message        what the user wrote or the assistant answered
     */
    void addHistory(String conversationId, AgentMessage message);

    /**
     * @param conversationId a conversation
     * @return what a chat window shows, oldest first
     */
    List<AgentMessage> history(String conversationId);

    /**
     * Stores an action waiting for the host's decision.
     *
     * @param action a {@link AgentAction.Status#PENDING} action; its conversation is
     *               {@link AgentAction#conversationId()}
     */
    void addPending(AgentAction action);

    /**
     * @param conversationId a conversation
     * @return its actions waiting for a decision, oldest first
     */
    List<AgentAction> pending(String conversationId);

    /**
     * Removes a pending action so that it can be decided; atomic (see the class comment).
     *
     * @param conversationId the conversation the action must belong to
     * @param actionId       the action
     * @return the action, or empty when no such action waits in this conversation (also when another
     *         caller took it first)
     */
    Optional<AgentAction> takePending(String conversationId, String actionId);

    /**
     * Removes everything stored for a conversation: memory, notes, history and pending actions. Nothing
     * happens for an unknown conversation.
     *
     * @param conversationId a conversation
     */
    void delete(String conversationId);
}
