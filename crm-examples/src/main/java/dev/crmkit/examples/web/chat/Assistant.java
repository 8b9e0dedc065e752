package dev.crmkit.examples.web.chat;

import dev.crmkit.agent.CrmAgent;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The app's assistant, when it has one: the {@link CrmAgent} over the configured chat model, or
 * the reason there is none (no {@code crm.agent.model}, or a model that would not load), which the
 * API answers with 503 and the chat page shows.
 */
@SuppressWarnings("try") // close() passes on what the model's close() throws; Spring calls it, never a try block
public final class Assistant implements AutoCloseable {

    /** What to tell a user of an app without a model. */
    public static final String HOW_TO_CONFIGURE = "Start the app with --crm.agent.model=/path/to/model.gguf"
            + " (or set CRM_AGENT_MODEL); download a model with: crm model pull <url> --sha256 <hex>";

    private final @Nullable CrmAgent agent;
    private final String unavailable;
    private final @Nullable AutoCloseable model;
    private final ConversationOwners owners = new ConversationOwners();

    private Assistant(@Nullable CrmAgent agent, String unavailable, @Nullable AutoCloseable model) {
        this.agent = agent;
        this.unavailable = unavailable;
        this.model = model;
    }

    /** @param model what to close with the app (the native model), if anything */
    static Assistant of(CrmAgent agent, @Nullable AutoCloseable model) {
        return new Assistant(agent, "", model);
    }

    static Assistant unavailable(String reason) {
        return new Assistant(null, reason, null);
    }

    public Optional<CrmAgent> agent() {
        return Optional.ofNullable(agent);
    }

    /** Who started which conversation; the API and the chat page let only its owner in. */
    public ConversationOwners owners() {
        return owners;
    }

    /** Why there is no assistant, with how to configure one; empty when there is one. */
    public String unavailableReason() {
        return unavailable;
    }

    @Override
    public void close() throws Exception {
        if (agent != null) {
            agent.close(); // first: it stops the turns still waiting for the model
        }
        if (model != null) {
            model.close();
        }
    }
}
