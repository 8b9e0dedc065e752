package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.examples.seed.SampleData;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the first request finds: the web server opens its port only once crmkit's storage has
 * started and, with {@code crm.seed}, the sample data is complete; a storage that cannot start
 * stops the start instead of failing requests later.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

    @Test
    void should_open_the_port_only_once_the_sample_data_is_complete() {
        CountsWhenServing whenServing = new CountsWhenServing();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmWebApplication.class)
                .listeners(whenServing)
                .run(arguments(newDatabase(), "--crm.seed=true"))) {
            Counts started = Counts.of(app.getBean(Crm.class));

            assertThat(started.contacts()).isEqualTo(SampleData.CONTACTS);
            assertThat(started.pipelines()).isPositive();
            assertThat(started.deals()).isPositive();
            assertThat(started.tasks()).isPositive();
            assertThat(whenServing.counts.get()).isEqualTo(started);
        }
    }

    @Test
    void should_not_seed_a_database_that_holds_data_again() {
        String database = newDatabase();
        Counts first;
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(CrmWebApplication.class).run(arguments(database, "--crm.seed=true"))) {
            first = Counts.of(app.getBean(Crm.class));
        }
        try (ConfigurableApplicationContext again =
                new SpringApplicationBuilder(CrmWebApplication.class).run(arguments(database, "--crm.seed=true"))) {
            assertThat(Counts.of(again.getBean(Crm.class))).isEqualTo(first);
        }
    }

    @Test
    void should_fail_the_start_when_the_storage_cannot_start() {
        // crmkit's migration off on an empty database: the JPA adapter finds no tables to validate.
        SpringApplicationBuilder app = new SpringApplicationBuilder(CrmWebApplication.class);
        String[] arguments = arguments(newDatabase(), "--crm.seed=false", "--crm.migrate=false", "--crm.storage=jpa");

        assertThatThrownBy(() -> app.run(arguments).close())
                .hasStackTraceContaining("crmkit's storage did not start")
                .hasStackTraceContaining("missing table [crm_");
    }

    @Test
    void should_say_in_a_few_lines_which_database_it_cannot_reach(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/crm";
        SpringApplicationBuilder app = new SpringApplicationBuilder(CrmWebApplication.class);

        assertThatThrownBy(() -> app.run(arguments(url + "?password=s3cret")).close());

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("crmkit cannot connect to the database " + url + "?password=***: Connection to 127.0.0.1:"
                        + closedPort + " refused")
                .contains("spring.datasource.url, spring.datasource.username and spring.datasource.password")
                .doesNotContain("s3cret")
                .doesNotContain("\tat org.postgresql");
    }

    private static String newDatabase() {
        return "jdbc:h2:mem:startup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static String[] arguments(String database, String... more) {
        // Arguments, not builder properties: those are defaults that application.properties overrides,
        // and the app would open the H2 file under the real home directory.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--crm.web.admin-password=" + ApiClient.ADMIN_PASSWORD));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    /** The CRM's counts at the moment the web server has opened its port, before any request. */
    private static final class CountsWhenServing implements ApplicationListener<WebServerInitializedEvent> {

        final AtomicReference<Counts> counts = new AtomicReference<>();

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            counts.set(Counts.of(event.getApplicationContext().getBean(Crm.class)));
        }
    }

    private record Counts(long contacts, long pipelines, long deals, long tasks) {

        static Counts of(Crm crm) {
            return new Counts(
                    crm.contacts()
                            .find(ContactQuery.all().limit(1).withTotal())
                            .total()
                            .orElseThrow(),
                    crm.pipelines()
                            .find(PipelineQuery.all().limit(1).withTotal())
                            .total()
                            .orElseThrow(),
                    crm.deals()
                            .find(DealQuery.all().limit(1).withTotal())
                            .total()
                            .orElseThrow(),
                    crm.tasks()
                            .find(TaskQuery.all().limit(1).withTotal())
                            .total()
                            .orElseThrow());
        }
    }
}
