package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The first start on an empty database creates admin, with the configured password or a generated one logged once. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern GENERATED = Pattern.compile(
            "created the user 'admin' with the generated password (\\S+) .*Log in at (http://\\S+/login)");

    @Test
    void should_create_admin_with_a_generated_password_logged_once_with_the_login_url(CapturedOutput output) {
        String database = "jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String password;
        try (ConfigurableApplicationContext app = start(database, null)) {
            Matcher logged = GENERATED.matcher(output.getOut());
            assertThat(logged.find()).as(output.getOut()).isTrue();
            password = logged.group(1);
            int port = port(app);
            assertThat(logged.group(2)).isEqualTo("http://127.0.0.1:" + port + "/login");
            assertThat(ApiClient.basic(port, "admin", password)
                            .get("/api/v1/contacts")
                            .status())
                    .isEqualTo(200);
        }
        int before = output.getOut().length();
        try (ConfigurableApplicationContext again = start(database, "ignored-on-a-second-start")) {
            assertThat(output.getOut().substring(before)).doesNotContain("created the user");
            assertThat(ApiClient.basic(port(again), "admin", password)
                            .get("/api/v1/contacts")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(output.getOut()).containsOnlyOnce(password);
    }

    @Test
    void should_create_admin_with_the_configured_password_and_not_log_it(CapturedOutput output) {
        String database = "jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext app = start(database, "configured-secret-1")) {
            assertThat(ApiClient.basic(port(app), "admin", "configured-secret-1")
                            .get("/api/v1/contacts")
                            .status())
                    .isEqualTo(200);
            assertThat(output.getOut())
                    .contains("created the user 'admin' with the password from crm.web.admin-password")
                    .doesNotContain("configured-secret-1");
        }
    }

    private static ConfigurableApplicationContext start(String database, @Nullable String adminPassword) {
        // Arguments, not builder properties: those are defaults that application.properties overrides,
        // and the app would open the H2 file under the real home directory.
        List<String> arguments =
                new ArrayList<>(List.of("--server.port=0", "--crm.seed=false", "--spring.datasource.url=" + database));
        if (adminPassword != null) {
            arguments.add("--crm.web.admin-password=" + adminPassword);
        }
        return new SpringApplicationBuilder(CrmWebApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
