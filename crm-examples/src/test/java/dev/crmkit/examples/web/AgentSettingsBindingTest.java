package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.boot.CrmAgentProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The assistant's settings come from environment variables as the README writes them. */
class AgentSettingsBindingTest {

    @Test
    void should_bind_the_remote_model_and_the_retention_from_environment_variables_with_underscores() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of(
                                "CRM_AGENT_BASE_URL", "http://127.0.0.1:8080/v1",
                                "CRM_AGENT_MODEL_NAME", "qwen2.5-1.5b-instruct",
                                "CRM_AGENT_API_KEY", "sk-local",
                                "CRM_AGENT_CONTEXT_SIZE", "4096",
                                "CRM_AGENT_RETENTION_MAX_CONVERSATIONS", "7",
                                "CRM_AGENT_RETENTION_MAX_AGE", "2d")));

        CrmAgentProperties properties = Binder.get(environment)
                .bind("crm.agent", CrmAgentProperties.class)
                .get();

        assertThat(properties.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/v1"));
        assertThat(properties.modelName()).isEqualTo("qwen2.5-1.5b-instruct");
        assertThat(properties.apiKey()).isEqualTo("sk-local");
        assertThat(properties.contextSize()).isEqualTo(4096);
        assertThat(properties.retention().maxConversations()).isEqualTo(7);
        assertThat(properties.retention().maxAge()).isEqualTo(Duration.ofDays(2));
        assertThat(properties.retention().maxActions()).isEqualTo(10_000);
        assertThat(properties).asString().doesNotContain("sk-local");
    }
}
