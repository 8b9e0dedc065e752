package dev.crmkit.examples.web.chat;

import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.model.RecommendedModel;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The app's assistant, when it has one: the {@link CrmAgent} over the configured chat model, or
 * the reason there is none (no {@code crm.agent.model}, or a model that would not load), which the
 * API answers with 503 and the chat page shows.
 */
@SuppressWarnings("try") // close() passes on what the model's close() throws; Spring calls it, never a try block
public final class Assistant implements AutoCloseable {

    /** The command that downloads the recommended model, as the chat page shows it. */
    public static final String PULL_COMMAND = "crm-examples/crm model pull " + RecommendedModel.DEFAULT_NAME;

    /** The option that then starts the app on it. */
    public static final String MODEL_OPTION = "--crm.agent.model=$HOME/.crmkit/models/"
            + RecommendedModel.defaultModel().reference().fileName();

    /** What to tell a user of an app without a model. */
    public static final String HOW_TO_CONFIGURE = "Download a model with: " + PULL_COMMAND
            + " and start the app with " + MODEL_OPTION + " (or set CRM_AGENT_MODEL);"
            + " or use an OpenAI-compatible server with --crm.agent.base-url=<url> --crm.agent.model-name=<name>"
            + " (CRM_AGENT_BASE_URL, CRM_AGENT_MODEL_NAME, CRM_AGENT_API_KEY).";

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
