package dev.crmkit.examples.web.chat;

import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.core.Crm;
import dev.crmkit.examples.web.CrmProperties;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the assistant's model: a LangChain4j {@link ChatModel} bean when the host defines one
 * (any OpenAI-compatible server, or a scripted model in tests), else {@code crm.agent.model}, a GGUF
 * file run in-process by {@link LlamaCppChatModel}, else none. A model that fails to load does not
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
        Path modelPath = properties.agent().model();
        if (modelPath == null) {
            log.info("no crm.agent.model: the app runs without the assistant");
            return Assistant.unavailable("No chat model is configured. " + Assistant.HOW_TO_CONFIGURE);
        }
        if (!Files.isRegularFile(modelPath)) {
            log.error("crm.agent.model {} is not a file: the app runs without the assistant", modelPath);
            return Assistant.unavailable(
                    "The model file " + modelPath + " does not exist. " + Assistant.HOW_TO_CONFIGURE);
        }
        try {
            CrmProperties.Agent settings = properties.agent();
            LlamaCppChatModel.Builder builder =
                    LlamaCppChatModel.builder().modelPath(modelPath).threads(settings.threads());
            if (settings.contextSize() != null) {
                builder.contextSize(settings.contextSize());
            }
            if (settings.maxTokens() != null) {
                builder.maxTokens(settings.maxTokens());
            }
            LlamaCppChatModel model = builder.build();
            log.info(
                    "the assistant runs {} in-process, context {} tokens; it reads its instructions now",
                    modelPath.getFileName(),
                    model.contextSize());
            return Assistant.of(
                    CrmAgent.builder()
                            .crm(crm)
                            .chatModel(model)
                            .streamingChatModel(model.streaming())
                            .turnTimeout(settings.turnTimeout())
                            .build(),
                    model);
        } catch (RuntimeException e) {
            log.error("cannot load the model {}: the app runs without the assistant", modelPath, e);
            return Assistant.unavailable("The model " + modelPath.getFileName() + " could not be loaded: "
                    + AgentErrors.inSettingsOfTheApp(e.getMessage()));
        }
    }
}
