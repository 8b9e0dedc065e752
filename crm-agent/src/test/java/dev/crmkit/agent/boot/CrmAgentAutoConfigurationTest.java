package dev.crmkit.agent.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.ActionLog;
import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentReply;
import dev.crmkit.agent.ConversationStore;
import dev.crmkit.agent.CrmActionLog;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.CrmConversationStore;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.core.Crm;
import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.jpa.boot.CrmJpaAutoConfiguration;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A Spring Boot host with crm-jpa and crm-agent and nothing else of crmkit's: its data source in, a
 * {@code Crm} bean and the assistant over it out, configured by {@code crm.agent.*} alone.
 */
class CrmAgentAutoConfigurationTest {

    private static ApplicationContextRunner host(IsolatedDatabase database) {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(CrmJpaAutoConfiguration.class, CrmAgentAutoConfiguration.class))
                // Registered as the application's own singleton: the test, not the context, closes the pool.
                .withInitializer(
                        context -> context.getBeanFactory().registerSingleton("dataSource", database.dataSource()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = TestDatabase.class,
            names = {"H2", "POSTGRESQL"})
    void should_run_the_assistant_on_the_applications_chat_model_over_the_crm_bean_and_its_database(TestDatabase kind) {
        ScriptedChatModel model = new ScriptedChatModel()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"john@example.com\"}")
                .thenAnswer("I created John Doe.");
        try (IsolatedDatabase database = kind.open()) {
            host(database).withBean(ChatModel.class, () -> model).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(CrmAgent.class);
                assertThat(context.getBean(ConversationStore.class)).isInstanceOf(CrmConversationStore.class);
                assertThat(context.getBean(ActionLog.class)).isInstanceOf(CrmActionLog.class);
                CrmAgent agent = context.getBean(CrmAgent.class);
                Crm crm = context.getBean(Crm.class);

                AgentReply reply =
                        agent.chat("boot-host", "Create a contact named John Doe with email john@example.com");

                assertThat(reply.text()).isEqualTo("I created John Doe.");
                assertThat(crm.contacts().findByEmail("john@example.com")).isPresent();
                assertThat(context.getBean(CrmAssistant.class).agent()).containsSame(agent);
                // The state is the CRM's data: another reader of the same database sees it.
                assertThat(crm.agentState().owner("boot-host")).contains(CrmAgentProperties.DEFAULT_OWNER);
                assertThat(new CrmActionLog(crm, "reader").byConversation("boot-host"))
                        .extracting(AgentAction::tool, AgentAction::status)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("create_contact", AgentAction.Status.EXECUTED));
                assertThat(crm.agentState().history("boot-host")).hasSize(2);
            });
        }
    }

    @Test
    void should_make_no_agent_when_no_model_is_configured_and_say_why() {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            host(database).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(Crm.class).doesNotHaveBean(CrmAgent.class);
                CrmAssistant assistant = context.getBean(CrmAssistant.class);
                assertThat(assistant.agent()).isEmpty();
                assertThat(assistant.configured()).isFalse();
                assertThat(assistant.unavailableReason())
                        .contains("crm.agent.model")
                        .contains("crm.agent.base-url")
                        .contains("ChatModel bean");
            });
        }
    }

    @Test
    void should_start_without_the_agent_when_the_configured_model_file_is_missing() {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            host(database)
                    .withPropertyValues("crm.agent.model=/nowhere/missing.gguf")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBeanProvider(CrmAgent.class).getIfAvailable())
                                .isNull();
                        CrmAssistant assistant = context.getBean(CrmAssistant.class);
                        assertThat(assistant.configured()).isTrue();
                        assertThat(assistant.unavailableReason())
                                .contains("/nowhere/missing.gguf")
                                .contains("crm.agent.model");
                    });
        }
    }

    @Test
    void should_say_that_a_configured_model_path_is_a_directory_not_that_it_is_missing(@TempDir Path models) {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            host(database).withPropertyValues("crm.agent.model=" + models).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBeanProvider(CrmAgent.class).getIfAvailable())
                        .isNull();
                assertThat(context.getBean(CrmAssistant.class).unavailableReason())
                        .isEqualTo("The model file " + models
                                + " (crm.agent.model) is a directory; name the .gguf file in it.");
            });
        }
    }

    @Test
    void should_end_the_reason_a_model_file_did_not_load_with_a_full_stop(@TempDir Path models) throws IOException {
        // the app appends "Download a model with: ..." to the reason; without the stop the two sentences run together
        Path notAModel = Files.writeString(models.resolve("notes.gguf"), "not a model");
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            host(database).withPropertyValues("crm.agent.model=" + notAModel).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBeanProvider(CrmAgent.class).getIfAvailable())
                        .isNull();
                assertThat(context.getBean(CrmAssistant.class).unavailableReason())
                        .isEqualTo("The model notes.gguf could not be loaded: " + notAModel
                                + " is not a GGUF model file (it does not start with 'GGUF'); llama.cpp only loads GGUF"
                                + " files, convert the model or download its GGUF version.");
            });
        }
    }

    @Test
    void should_bind_the_crm_agent_properties_and_give_the_retention_to_the_crm() {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            host(database)
                    .withBean(ChatModel.class, () -> new ScriptedChatModel().thenAnswer("Hi."))
                    .withPropertyValues(
                            "crm.agent.turn-timeout=90s",
                            "crm.agent.owner=shop",
                            "crm.agent.context-size=4096",
                            "crm.agent.retention.max-conversations=3",
                            "crm.agent.retention.max-history=50",
                            "crm.agent.retention.max-actions=200",
                            "crm.agent.retention.max-age=7d")
                    .run(context -> {
                        CrmAgentProperties properties = context.getBean(CrmAgentProperties.class);
                        assertThat(properties.turnTimeout()).isEqualTo(Duration.ofSeconds(90));
                        assertThat(properties.contextSize()).isEqualTo(4096);
                        assertThat(properties.threads()).isEqualTo(2);
                        assertThat(context.getBean(Crm.class).agentState().retention())
                                .isEqualTo(new AgentRetention(3, 50, 200, Duration.ofDays(7)));

                        context.getBean(CrmAgent.class).chat("shop-talk", "Hello");

                        assertThat(context.getBean(Crm.class).agentState().owner("shop-talk"))
                                .contains("shop");
                    });
        }
    }

    @Test
    void should_keep_the_applications_own_conversation_store() {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            host(database)
                    .withBean(ChatModel.class, () -> new ScriptedChatModel().thenAnswer("Hi."))
                    .withBean(ConversationStore.class, dev.crmkit.agent.InMemoryConversationStore::new)
                    .run(context -> {
                        assertThat(context.getBean(ConversationStore.class))
                                .isInstanceOf(dev.crmkit.agent.InMemoryConversationStore.class);

                        context.getBean(CrmAgent.class).chat("in-memory", "Hello");

                        assertThat(context.getBean(Crm.class).agentState().owner("in-memory"))
                                .isEmpty();
                    });
        }
    }
}
