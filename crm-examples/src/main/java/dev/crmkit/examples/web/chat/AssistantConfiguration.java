package dev.crmkit.examples.web.chat;

import dev.crmkit.agent.CrmAgent;
import dev.crmkit.core.Crm;
import dev.crmkit.examples.AgentModel;
import dev.crmkit.examples.web.CrmProperties;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the assistant's model: a LangChain4j {@link ChatModel} bean when the host defines one
 * (a scripted model in tests), else a model on the OpenAI-compatible server {@code crm.agent.base-url}
 * (named {@code crm.agent.model-name}, with {@code crm.agent.api-key} if it needs one), else
 * {@code crm.agent.model}, a GGUF file run in-process, else none; {@link AgentModel} builds them. A model that fails to load does not
 * stop the app: the CRM works, and the chat says why it cannot.
 */
@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssistantConfiguration.class);

    @Bean(destroyMethod = "close")
    Assistant assistant(
            Crm crm,
            CrmProperties properties,
            ObjectProvider<ChatModel> chatModel,
            ObjectProvider<StreamingChatModel> streamingChatModel) {
        ChatModel hostModel = chatModel.getIfAvailable();
        if (hostModel != null) {
            CrmAgent.Builder agent = CrmAgent.builder()
                    .crm(crm)
                    .chatModel(hostModel)
                    .turnTimeout(properties.agent().turnTimeout());
            streamingChatModel.ifAvailable(agent::streamingChatModel);
            log.info(
                    "the assistant uses the application's chat model {}",
                    hostModel.getClass().getSimpleName());
            return Assistant.of(agent.build(), null);
        }
        CrmProperties.Agent settings = properties.agent();
        if (settings.baseUrl() != null) {
            return remote(crm, settings);
        }
        Path modelPath = settings.model();
        if (modelPath == null) {
            log.info("no crm.agent.model or crm.agent.base-url: the app runs without the assistant");
            return Assistant.unavailable("No chat model is configured. " + Assistant.HOW_TO_CONFIGURE);
        }
        if (!Files.isRegularFile(modelPath)) {
            log.error("crm.agent.model {} is not a file: the app runs without the assistant", modelPath);
            return Assistant.unavailable(
                    "The model file " + modelPath + " does not exist. " + Assistant.HOW_TO_CONFIGURE);
        }
        try {
            AgentModel model =
                    AgentModel.local(modelPath, settings.threads(), settings.contextSize(), settings.maxTokens());
            log.info("the assistant runs {}; it reads its instructions now", model);
            return Assistant.of(
                    model.applyTo(CrmAgent.builder().crm(crm))
                            .turnTimeout(settings.turnTimeout())
                            .build(),
                    model);
        } catch (RuntimeException e) {
            log.error("cannot load the model {}: the app runs without the assistant", modelPath, e);
            return Assistant.unavailable("The model " + modelPath.getFileName() + " could not be loaded: "
                    + AgentErrors.inSettingsOfTheApp(e.getMessage()));
        }
    }

    /** A model on an OpenAI-compatible server; nothing is contacted before the first message. */
    private static Assistant remote(Crm crm, CrmProperties.Agent settings) {
        URI baseUrl = settings.baseUrl();
        String modelName = settings.modelName();
        if (modelName == null || modelName.isBlank()) {
            log.error("crm.agent.base-url is set without crm.agent.model-name: the app runs without the assistant");
            return Assistant.unavailable("crm.agent.model-name (CRM_AGENT_MODEL_NAME) is required with"
                    + " crm.agent.base-url: the name the server knows the model by.");
        }
        try {
            AgentModel model = AgentModel.remote(baseUrl, modelName, settings.apiKey());
            log.info("the assistant uses {}", model);
            return Assistant.of(
                    model.applyTo(CrmAgent.builder().crm(crm))
                            .turnTimeout(settings.turnTimeout())
                            .build(),
                    model);
        } catch (IllegalArgumentException e) {
            log.error("crm.agent.base-url {} is not usable: the app runs without the assistant", baseUrl);
            return Assistant.unavailable("crm.agent.base-url (CRM_AGENT_BASE_URL) is not usable: " + e.getMessage());
        }
    }
}
