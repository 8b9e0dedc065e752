package dev.crmkit.agent.boot;

import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.config.AgentModel;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The application's assistant, as {@link CrmAgentAutoConfiguration} found it: the {@link CrmAgent}
 * over the configured model, or why there is none — no model configured, or one that would not load
 * (a missing file, an unsupported architecture, a server address that is not usable). A model that
 * fails does not stop the application: the CRM runs, and a chat can tell its user what this says.
 * Closing it (Spring does, at shutdown) closes the agent, then the model it loaded. Thread-safe.
 */
@SuppressWarnings("try") // close() passes on what the model's close() throws; Spring calls it, never a try block
public final class CrmAssistant implements AutoCloseable {

    private final @Nullable CrmAgent agent;
    private final @Nullable AgentModel model;
    private final boolean configured;
    private final String unavailableReason;

    private CrmAssistant(
            @Nullable CrmAgent agent, @Nullable AgentModel model, boolean configured, String unavailableReason) {
        this.agent = agent;
        this.model = model;
        this.configured = configured;
        this.unavailableReason = unavailableReason;
    }

    /**
     * @param agent the assistant
     * @param model its model, closed with it; {@code null} when the model is the application's bean
     * @return an assistant that is available
     */
    public static CrmAssistant of(CrmAgent agent, @Nullable AgentModel model) {
        return new CrmAssistant(agent, model, true, "");
    }

    /**
     * @param configured whether a model was configured (and failed), as opposed to none at all
     * @param reason why there is no assistant, in the words of the {@code crm.agent.*} properties
     * @return an assistant that is not available
     */
    public static CrmAssistant unavailable(boolean configured, String reason) {
        return new CrmAssistant(null, null, configured, reason);
    }

    /** @return the agent, when a model is configured and loaded */
    public Optional<CrmAgent> agent() {
        return Optional.ofNullable(agent);
    }

    /** @return the model the agent runs on, when there is an agent */
    public Optional<AgentModel> model() {
        return Optional.ofNullable(model);
    }

    /** @return whether a model is configured, loaded or not; false when none is */
    public boolean configured() {
        return configured;
    }

    /** @return why there is no agent, naming the properties to set; empty when there is one */
    public String unavailableReason() {
        return unavailableReason;
    }

    /**
     * Closes the agent (which ends the turns waiting for the model), then the model it loaded.
     *
     * @throws Exception what closing the model throws
     */
    @Override
    public void close() throws Exception {
        if (agent != null) {
            agent.close();
        }
        if (model != null) {
            model.close();
        }
    }
}
