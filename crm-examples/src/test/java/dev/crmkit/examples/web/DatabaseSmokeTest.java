package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.examples.StorageKind;
import dev.crmkit.examples.seed.SampleData;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same jar on each database and adapter, as a deployment would run it: a fresh database of its
 * own, seeded with the sample data at start, then driven through the REST API and the dashboard.
 * The data source is the test's isolated one (its own PostgreSQL schema / MariaDB database);
 * everything above it is the app's own wiring.
 */
class DatabaseSmokeTest {

    static Stream<Arguments> deployments() {
        return Stream.of(
                Arguments.of(TestDatabase.POSTGRESQL, StorageKind.JPA),
                Arguments.of(TestDatabase.POSTGRESQL, StorageKind.MYBATIS),
                Arguments.of(TestDatabase.MARIADB, StorageKind.JPA),
                Arguments.of(TestDatabase.MARIADB, StorageKind.MYBATIS),
                Arguments.of(TestDatabase.H2, StorageKind.MYBATIS));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("deployments")
    void should_seed_serve_the_api_and_render_the_dashboard(TestDatabase database, StorageKind storage) {
        try (IsolatedDatabase isolated = database.open();
                ConfigurableApplicationContext app = start(isolated.dataSource(), storage)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);

            Reply contacts = api.get("/api/v1/contacts?limit=20&sort=-last_name&total=true");
            assertThat(contacts.json().path("total").asLong()).isEqualTo(SampleData.CONTACTS);
            Reply nextPage = api.get("/api/v1/contacts?limit=20&sort=-last_name&cursor="
                    + contacts.json().path("next_cursor").asString());
            assertThat(nextPage.json().path("items")).hasSize(20);

            String email = uniqueEmail("smoke");
            long contact = api.post("/api/v1/contacts", Bodies.contact("Émile", "Zoë 🦊", email))
                    .id();
            assertThat(api.get("/api/v1/contacts/" + contact)
                            .json()
                            .path("last_name")
                            .asString())
                    .isEqualTo("Zoë 🦊");
            assertThat(api.post("/api/v1/contacts", Bodies.contact("X", "Y", email.toUpperCase()))
                            .status())
                    .isEqualTo(409);

            long pipeline =
                    api.post("/api/v1/pipelines", Bodies.pipeline("Smoke")).id();
            long deal = api.post("/api/v1/deals", Bodies.deal("Smoke deal", pipeline, "1234.56"))
                    .id();
            assertThat(api.patch(
                                    "/api/v1/deals/" + deal,
                                    "{\"status\": \"won\", \"contact_id\": %d}".formatted(contact))
                            .json()
                            .path("is_closed")
                            .asBoolean())
                    .isTrue();
            Reply summary = api.get("/api/v1/pipelines/" + pipeline + "/summary");
            assertThat(summary.json().path("won_value").get(0).path("amount").decimalValue())
                    .isEqualByComparingTo("1234.56");
            assertThat(api.delete("/api/v1/pipelines/" + pipeline).status()).isEqualTo(409);

            long task = api.post("/api/v1/tasks", "{\"title\": \"Smoke task\", \"deal_id\": %d}".formatted(deal))
                    .id();
            assertThat(api.patch("/api/v1/tasks/" + task, "{\"status\": \"completed\", \"version\": 0}")
                            .json()
                            .path("is_completed")
                            .asBoolean())
                    .isTrue();
            assertThat(api.patch("/api/v1/tasks/" + task, "{\"title\": \"stale\", \"version\": 0}")
                            .status())
                    .isEqualTo(409);

            assertThat(api.delete("/api/v1/contacts/" + contact).status()).isEqualTo(204);
            assertThat(api.get("/api/v1/deals/" + deal)
                            .json()
                            .path("contact_id")
                            .isNull())
                    .isTrue();
            ApiClient browser = ApiClient.loggedIn(port);
            assertThat(browser.get("/").status()).isEqualTo(200);
            assertThat(browser.get("/tasks/" + task).status()).isEqualTo(200);
            assertThat(browser.get("/pipelines/" + pipeline + "/stages").status())
                    .isEqualTo(200);
            assertThat(browser.form(
                                    "/deals/" + deal,
                                    "title=Edited&amount=99&currency=EUR&stage=" + pipeline
                                            + "%2Flead&contactId=&expectedCloseDate=2026-01-02")
                            .status())
                    .isEqualTo(302);
            assertThat(browser.get("/deals/" + deal).body()).contains("€99").contains("Jan 2, 2026");
            assertThat(browser.get("/pipelines/" + pipeline).body()).contains("Edited");
        }
    }

    private static ConfigurableApplicationContext start(DataSource dataSource, StorageKind storage) {
        // Command-line arguments, not builder properties: those are only defaults, which the app's
        // application.properties (server.port=8080) would override.
        return new SpringApplicationBuilder(CrmWebApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
                .run(
                        "--server.port=0",
                        "--crm.seed=true",
                        "--crm.storage=" + storage.key(),
                        "--crm.web.admin-password=" + ApiClient.ADMIN_PASSWORD);
    }
}
