package dev.crmkit.examples.web.outage;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.examples.web.ApiClient;
import dev.crmkit.examples.web.ApiClient.Reply;
import dev.crmkit.examples.web.Bodies;
import dev.crmkit.examples.web.CrmWebApplication;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app on PostgreSQL while the network to its database fails: its data source goes through a
 * {@link CuttableProxy} that the test cuts and restores (the shared server itself is never
 * touched). While cut, the API answers 503 {@code /problems/storage-unavailable} with
 * {@code Retry-After} and the pages an HTML error; once restored, the same app serves again without
 * a restart; and a POST with an {@code Idempotency-Key} whose outcome the client could not know
 * ends as exactly one record when retried.
 *
 * <p>No timing is asserted; requests get a generous client timeout so that a hang fails the test
 * rather than the build. Under {@code CI=true} a missing PostgreSQL fails the test.
 */
class DatabaseOutageTest {

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    private static IsolatedDatabase database;
    private static CuttableProxy proxy;
    private static ConfigurableApplicationContext app;
    private static ApiClient api;

    @BeforeAll
    static void startBehindProxy() throws Exception {
        database = TestDatabase.POSTGRESQL.open();
        String url = database.dataSource().unwrap(HikariDataSource.class).getJdbcUrl();
        Matcher server = Pattern.compile("//([^/:?]+):(\\d+)/").matcher(url);
        if (!server.find()) {
            throw new IllegalStateException("no host:port in " + url);
        }
        proxy = CuttableProxy.start(server.group(1), Integer.parseInt(server.group(2)));
        // prepareThreshold=0: every statement travels as text, so the proxy can see a COMMIT go by
        // (the driver would otherwise reuse a server-prepared COMMIT after five uses).
        String proxied = url.substring(0, server.start()) + "//127.0.0.1:" + proxy.port() + "/"
                + url.substring(server.end()) + (url.contains("?") ? "&" : "?") + "prepareThreshold=0";
        // Arguments, not builder properties: those are defaults, below application.properties.
        app = new SpringApplicationBuilder(CrmWebApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--crm.seed=false",
                        "--spring.datasource.url=" + proxied,
                        "--spring.datasource.username=" + parameter(url, "user", "postgres"),
                        "--spring.datasource.password=" + parameter(url, "password", ""),
                        "--spring.datasource.hikari.schema=" + database.name(),
                        // A lost request's key frees itself quickly, so a retry never waits long.
                        "--crm.idempotency.lease=3s",
                        "--crm.web.admin-password=" + ApiClient.ADMIN_PASSWORD);
        api = new ApiClient(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @AfterEach
    void reconnect() {
        proxy.restore();
        awaitRecovery();
    }

    @Test
    void should_answer_503_while_the_database_is_cut_and_serve_again_once_it_is_back() {
        String existing = uniqueEmail("before");
        assertThat(post("/api/v1/contacts", null, Bodies.contact("Ada", "Lovelace", existing))
                        .status())
                .isEqualTo(201);
        // Pages need a session, and logging in needs the database: log in while it is there.
        ApiClient browser =
                ApiClient.loggedIn(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

        proxy.cut();

        assertUnavailable(get("/api/v1/contacts"));
        assertUnavailable(post("/api/v1/contacts", null, Bodies.aContact()));
        String key = UUID.randomUUID().toString();
        String email = uniqueEmail("retried");
        String body = Bodies.contact("Grace", "Hopper", email);
        assertUnavailable(post("/api/v1/contacts", key, body));
        Reply page = browser.send(browser.request("/contacts")
                .timeout(CLIENT_TIMEOUT)
                .header("Accept", "text/html")
                .GET());
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("database cannot be reached");

        proxy.restore();
        awaitRecovery();

        assertThat(get("/api/v1/contacts").status()).isEqualTo(200);
        assertThat(browser.send(browser.request("/contacts")
                                .timeout(CLIENT_TIMEOUT)
                                .header("Accept", "text/html")
                                .GET())
                        .status())
                .isEqualTo(200);
        Reply retried = post("/api/v1/contacts", key, body);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(post("/api/v1/contacts", key, body).header("Idempotent-Replayed"))
                .contains("true");
        assertThat(contactsWithEmail(email)).isEqualTo(1);
    }

    @Test
    void should_answer_503_on_the_pages_of_the_apps_own_tables_and_on_a_login_while_the_database_is_cut() {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        ApiClient browser = ApiClient.loggedIn(port);
        ApiClient stranger = ApiClient.anonymous(port);
        stranger.get("/login"); // the login page needs no database: it holds the form's CSRF token

        proxy.cut();

        for (String path : new String[] {"/account/tokens", "/admin/users"}) {
            Reply page = browser.send(browser.request(path)
                    .timeout(CLIENT_TIMEOUT)
                    .header("Accept", "text/html")
                    .GET());
            assertThat(page.status()).as(path + ": " + page).isEqualTo(503);
            assertThat(page.body()).contains("database cannot be reached");
            assertThat(page.header("Retry-After")).isPresent();
        }
        Reply login = stranger.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(login.status())
                .as("a login that cannot be checked is no wrong password: " + login)
                .isEqualTo(503);
        assertThat(login.body()).contains("database cannot be reached");
        assertThat(login.header("Retry-After")).isPresent();
    }

    @Test
    void should_write_a_post_exactly_once_when_the_answer_to_its_commit_is_lost() throws InterruptedException {
        String key = UUID.randomUUID().toString();
        String email = uniqueEmail("uncertain");
        String body = Bodies.contact("Katherine", "Johnson", email);
        // The proxy passes the COMMIT on to the server, then cuts: the server commits, the app never hears.
        proxy.cutAfterClientSends("COMMIT");

        Reply lost = post("/api/v1/contacts", key, body);

        assertUnavailable(lost);
        proxy.restore();
        awaitRecovery();
        Reply retried = retryWhileBusy(key, body);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed"))
                .as("the commit reached the server, so the key was committed with the contact")
                .contains("true");
        assertThat(contactsWithEmail(email)).isEqualTo(1);
    }

    @Test
    void should_keep_a_refused_post_with_its_key_on_postgresql() {
        String email = uniqueEmail("taken");
        assertThat(post("/api/v1/contacts", null, Bodies.contact("Ada", "Lovelace", email))
                        .status())
                .isEqualTo(201);
        String key = UUID.randomUUID().toString();
        String duplicate = Bodies.contact("Ada", "Byron", email);

        Reply first = post("/api/v1/contacts", key, duplicate);
        Reply retry = post("/api/v1/contacts", key, duplicate);

        // The refused insert aborts PostgreSQL's transaction; the key is still written after it.
        assertThat(first.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void should_bound_the_drivers_waits_on_the_network() {
        HikariDataSource pool = app.getBean(HikariDataSource.class);

        assertThat(pool.getConnectionTimeout())
                .as("the pool's wait, from application.properties")
                .isEqualTo(5000);
        assertThat(pool.getDataSourceProperties())
                .as("crm.datasource.socket-timeout, in the driver's seconds")
                .containsEntry("socketTimeout", "10");
    }

    private static void assertUnavailable(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asString()).isEqualTo("/problems/storage-unavailable");
        assertThat(reply.header("Retry-After")).isPresent();
    }

    /** The app reconnects on its own; this only waits (bounded) until a read succeeds again. */
    private static void awaitRecovery() {
        Instant deadline = Instant.now().plus(RECOVERY);
        Reply reply = get("/api/v1/contacts?limit=1");
        while (reply.status() != 200 && Instant.now().isBefore(deadline)) {
            reply = get("/api/v1/contacts?limit=1");
        }
        assertThat(reply.status())
                .as("the app serves again after the database came back: " + reply)
                .isEqualTo(200);
    }

    /**
     * What a client does with 409 "key in use" and 503: wait as {@code Retry-After} says and try
     * again, until a deadline.
     */
    private static Reply retryWhileBusy(String key, String body) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        Reply reply = post("/api/v1/contacts", key, body);
        while (Set.of(409, 503).contains(reply.status()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(Duration.ofSeconds(
                            Long.parseLong(reply.header("Retry-After").orElse("1")))
                    .toMillis());
            reply = post("/api/v1/contacts", key, body);
        }
        return reply;
    }

    private static Reply get(String path) {
        return api.send(api.request(path).timeout(CLIENT_TIMEOUT).GET());
    }

    private static Reply post(String path, @Nullable String key, String json) {
        HttpRequest.Builder request =
                api.request(path).timeout(CLIENT_TIMEOUT).header("Content-Type", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static long contactsWithEmail(String email) {
        return get("/api/v1/contacts?total=true&q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .json()
                .path("total")
                .asLong();
    }

    private static String parameter(String url, String name, String fallback) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        return value.find() ? value.group(1) : fallback;
    }
}
