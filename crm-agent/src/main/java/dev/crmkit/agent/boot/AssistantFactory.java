package dev.crmkit.agent.boot;

import dev.crmkit.agent.ActionLog;
import dev.crmkit.agent.ConversationStore;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.CrmAgentBuilder;
import dev.crmkit.agent.config.AgentModel;
import dev.crmkit.core.Crm;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the assistant's model — the application's {@link ChatModel} bean, else {@code
 * crm.agent.base-url}, else {@code crm.agent.model}, else none — and builds the agent over it. Every
 * way of not having one ends in an unavailable {@link CrmAssistant} and one log line, never in an
 * exception: the application starts either way.
 */
final class AssistantFactory {

    private static final Logger log = LoggerFactory.getLogger(AssistantFactory.class);

    /** Why there is no assistant when nothing is configured. */
    static final String NOT_CONFIGURED = "No chat model is configured: set crm.agent.model (a GGUF file run"
            + " in-process), or crm.agent.base-url with crm.agent.model-name (an OpenAI-compatible server),"
            + " or declare a LangChain4j ChatModel bean.";

    private final Crm crm;
    private final CrmAgentProperties settings;
    private final ConversationStore conversations;
    private final ActionLog actions;
    private final List<CrmAgentCustomizer> customizers;

    AssistantFactory(
            Crm crm,
            CrmAgentProperties settings,
            ConversationStore conversations,
            ActionLog actions,
            List<CrmAgentCustomizer> customizers) {
        this.crm = crm;
        this.settings = settings;
        this.conversations = conversations;
        this.actions = actions;
        this.customizers = customizers;
    }

    CrmAssistant create(@Nullable ChatModel hostModel, @Nullable StreamingChatModel hostStreamingModel) {
        if (hostModel != null) {
            AgentModel model = AgentModel.of(hostModel, hostStreamingModel);
            log.info("the assistant uses the application's chat model {}", model);
            return CrmAssistant.of(agent(model), model);
        }
        if (settings.baseUrl() != null) {
            return remote(settings.baseUrl());
        }
        Path file = settings.model();
        if (file == null) {
            log.info("no crm.agent.model, crm.agent.base-url or ChatModel bean: the application runs without"
                    + " the assistant (no CrmAgent bean)");
            return CrmAssistant.unavailable(false, NOT_CONFIGURED);
        }
        return local(file);
    }

    private CrmAssistant local(Path file) {
        if (!Files.isRegularFile(file)) {
            log.error("crm.agent.model {} is not a file: the application runs without the assistant", file);
            return CrmAssistant.unavailable(
                    true,
                    "The model file " + file + " (crm.agent.model) "
                            + (Files.isDirectory(file)
                                    ? "is a directory; name the .gguf file in it."
                                    : "does not exist."));
        }
        AgentModel model;
        try {
            model = AgentModel.local(file, settings.threads(), settings.contextSize(), settings.maxTokens());
        } catch (RuntimeException e) {
            log.error("cannot load the model {}: the application runs without the assistant", file, e);
            return CrmAssistant.unavailable(
                    true,
                    "The model " + file.getFileName() + " could not be loaded: "
                            + sentence(AgentErrors.inPropertyNames(e.getMessage())));
        }
        try {
            CrmAgent agent = agent(model);
            log.info("the assistant runs {}; it reads its instructions now", model);
            return CrmAssistant.of(agent, model);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The reason ends a sentence: the app appends how to configure a model after it. */
    private static String sentence(String reason) {
        String text = reason.strip();
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    private CrmAssistant remote(URI baseUrl) {
        String modelName = settings.modelName();
        if (modelName == null || modelName.isBlank()) {
            log.error("crm.agent.base-url is set without crm.agent.model-name: the application runs without the"
                    + " assistant");
            return CrmAssistant.unavailable(
                    true,
                    "crm.agent.model-name (CRM_AGENT_MODEL_NAME) is required with crm.agent.base-url: the name"
                            + " the server knows the model by.");
        }
        AgentModel model;
        try {
            model = AgentModel.remote(baseUrl, modelName, settings.apiKey());
        } catch (IllegalArgumentException e) {
            log.error("crm.agent.base-url {} is not usable: the application runs without the assistant", baseUrl);
            return CrmAssistant.unavailable(
                    true, "crm.agent.base-url (CRM_AGENT_BASE_URL) is not usable: " + e.getMessage());
        }
        log.info("the assistant uses {}", model);
        return CrmAssistant.of(agent(model), model);
    }

    private CrmAgent agent(AgentModel model) {
        CrmAgentBuilder builder = model.applyTo(CrmAgent.builder())
                .crm(crm)
                .turnTimeout(settings.turnTimeout())
                .conversationStore(conversations)
                .actionLog(actions);
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
