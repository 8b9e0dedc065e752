package dev.crmkit.agent.boot;

import dev.crmkit.agent.ActionLog;
import dev.crmkit.agent.ConversationStore;
import dev.crmkit.agent.CrmActionLog;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.CrmConversationStore;
import dev.crmkit.core.Crm;
import dev.crmkit.core.agentstate.AgentRetention;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The assistant for a Spring Boot application that has crm-agent and a {@link Crm} bean (crm-jpa's or
 * crm-mybatis's auto-configuration makes one): a {@link CrmAgent} bean when a model is configured —
 * the application's LangChain4j {@link ChatModel} bean (with its {@link StreamingChatModel} bean, if
 * any), else {@code crm.agent.base-url} with {@code crm.agent.model-name} (and {@code
 * crm.agent.api-key}), an OpenAI-compatible server, else {@code crm.agent.model}, a GGUF file run
 * in-process with {@code crm.agent.context-size}, {@code max-tokens} and {@code threads}. With
 * none, there is no {@code CrmAgent} bean, and the log says so.
 *
 * <p>The agent's state is durable: its {@link ConversationStore} and {@link ActionLog} are the
 * CRM's database ({@link CrmConversationStore}, {@link CrmActionLog}), so a restart, or another
 * instance over the same database, keeps conversations, pending actions and the record of every
 * action. Retention per owner is {@code crm.agent.retention.*}, given to the adapters'
 * auto-configured {@code Crm} as an {@link AgentRetention} bean (an application that builds its
 * own {@code Crm} sets it with {@code Crm.builder().agentRetention(..)}).
 *
 * <p>A configured model that fails to load does not stop the application: the {@link
 * CrmAssistant} bean, always present, says why (and the {@code CrmAgent} bean is then absent to an
 * {@code ObjectProvider}). Settings: {@link CrmAgentProperties}; every {@link CrmAgentCustomizer}
 * bean adjusts the agent before it is built. Any of the beans can be replaced by declaring one of
 * the same type; an application that builds its agent itself declares a {@link CrmAssistant} bean
 * ({@link CrmAssistant#of}), whose agent then is the {@code CrmAgent} bean.
 */
@AutoConfiguration(
        afterName = {
            "dev.crmkit.jpa.boot.CrmJpaAutoConfiguration",
            "dev.crmkit.mybatis.boot.CrmMyBatisAutoConfiguration"
        })
@ConditionalOnBean(Crm.class)
@EnableConfigurationProperties(CrmAgentProperties.class)
public final class CrmAgentAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CrmAgentAutoConfiguration.class);

    /**
     * {@code crm.agent.retention.*} for the auto-configured {@code Crm}.
     *
     * @param properties the settings
     * @return the retention
     */
    @Bean
    @ConditionalOnMissingBean
    AgentRetention crmAgentRetention(CrmAgentProperties properties) {
        return properties.retention().toAgentRetention();
    }

    /**
     * Conversations in the CRM's database.
     *
     * @param crm the CRM
     * @param properties the settings ({@code crm.agent.owner})
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    ConversationStore crmConversationStore(Crm crm, CrmAgentProperties properties) {
        return new CrmConversationStore(crm, properties.owner());
    }

    /**
     * The action log in the CRM's database.
     *
     * @param crm the CRM
     * @param properties the settings ({@code crm.agent.owner})
     * @return the log
     */
    @Bean
    @ConditionalOnMissingBean
    ActionLog crmActionLog(Crm crm, CrmAgentProperties properties) {
        return new CrmActionLog(crm, properties.owner());
    }

    /**
     * The assistant, or why there is none; Spring closes it at shutdown.
     *
     * @return the assistant
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CrmAssistant crmAssistant(
            Crm crm,
            CrmAgentProperties properties,
            ConversationStore conversations,
            ActionLog actions,
            ObjectProvider<CrmAgentCustomizer> customizers,
            ObjectProvider<AgentRetention> retention,
            ObjectProvider<ChatModel> chatModel,
            ObjectProvider<StreamingChatModel> streamingChatModel) {
        AgentRetention wanted = retention.getIfUnique();
        if (wanted != null && !wanted.equals(crm.agentState().retention())) {
            log.warn(
                    "the Crm bean keeps {} of agent state per owner, not {} (crm.agent.retention.*): it was not built"
                            + " by crmkit's auto-configuration; set Crm.builder().agentRetention(..)",
                    crm.agentState().retention(),
                    wanted);
        }
        return new AssistantFactory(
                        crm,
                        properties,
                        conversations,
                        actions,
                        customizers.orderedStream().toList())
                .create(chatModel.getIfUnique(), streamingChatModel.getIfUnique());
    }

    /**
     * The agent, when a model is configured. When that model failed to load, this bean is Spring's
     * null bean: absent to an {@code ObjectProvider} or an optional injection point; {@link
     * CrmAssistant} says why.
     *
     * @param assistant the assistant
     * @return its agent, closed by the assistant
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    @Conditional(ModelConfigured.class)
    @Nullable
    CrmAgent crmAgent(CrmAssistant assistant) {
        return assistant.agent().orElse(null);
    }

    /** A model is configured: a {@code ChatModel} bean, {@code crm.agent.base-url} or {@code crm.agent.model}. */
    static final class ModelConfigured extends AnyNestedCondition {

        ModelConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(ChatModel.class)
        static final class ApplicationModel {}

        @ConditionalOnProperty(prefix = "crm.agent", name = "base-url")
        static final class RemoteModel {}

        @ConditionalOnProperty(prefix = "crm.agent", name = "model")
        static final class LocalModel {}
    }
}
