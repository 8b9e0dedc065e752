package dev.crmkit.examples.web.chat;

import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.boot.AgentErrors;
import dev.crmkit.agent.boot.CrmAssistant;
import dev.crmkit.agent.model.RecommendedModel;
import dev.crmkit.core.Crm;
import dev.crmkit.examples.web.problem.StorageOutage;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The app's assistant, as crm-agent's auto-configuration made it ({@link CrmAssistant}): the
 * {@link CrmAgent} over the configured chat model, or the reason there is none (no {@code
 * crm.agent.model}, or a model that would not load), which the API answers with 503 and the chat
 * page shows, with how to get a model; and who owns which conversation ({@link ConversationOwners}).
 */
@Component
public final class Assistant {

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

    private final CrmAssistant assistant;
    private final ConversationOwners owners;

    Assistant(CrmAssistant assistant, Crm crm) {
        this.assistant = assistant;
        this.owners = new ConversationOwners(crm.agentState());
    }

    public Optional<CrmAgent> agent() {
        return assistant.agent();
    }

    /**
     * {@return what a person is told when a turn failed}: the outage's message when the database could not be
     * reached (no failure of the assistant, and the driver's text is no message for a person), else the
     * assistant's failure, in property names
     *
     * @param failure why the turn failed
     */
    public static String failure(Throwable failure) {
        return StorageOutage.isOutage(failure)
                ? StorageOutage.DETAIL
                : "The assistant failed: " + AgentErrors.inPropertyNames(failure.getMessage());
    }

    /** Who started which conversation; the API and the chat page let only its owner in. */
    public ConversationOwners owners() {
        return owners;
    }

    /** Why there is no assistant, with how to configure one; empty when there is one. */
    public String unavailableReason() {
        return assistant.agent().isPresent() ? "" : reason() + " " + HOW_TO_CONFIGURE;
    }

    /**
     * Why there is no assistant, without how to configure one (the chat page shows that in its own
     * words, with the commands to copy); empty when there is one.
     */
    public String reason() {
        return assistant.agent().isPresent() ? "" : assistant.unavailableReason();
    }
}
