package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.util.HtmlUtils;

/**
 * A form posted while the database cannot be reached keeps what the user typed: the 503 page carries
 * a "Send again" form to the same address with the same fields (never the CSRF token the browser
 * sent, never a password), and lists what was typed; a GET keeps the plain page. The web app runs on
 * H2 behind a pool the test cuts ({@link CuttablePool}): while cut, asking it for a connection fails
 * as a pool whose database does not answer fails when its timeout runs out.
 */
class ResendAfterOutageTest {

    private static final Pattern FORM =
            Pattern.compile("<form[^>]*id=\"resend-form\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("<form[^>]*id=\"resend-form\"[^>]*action=\"([^\"]*)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");

    private static ConfigurableApplicationContext app;
    private static CuttablePool pool;
    private static int port;

    @BeforeAll
    static void start() {
        String url = "jdbc:h2:mem:resend-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        app = new SpringApplicationBuilder(CrmWebApplication.class, CuttablePoolConfiguration.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--crm.seed=false",
                        "--spring.datasource.url=" + url,
                        "--crm.web.admin-password=" + ApiClient.ADMIN_PASSWORD);
        pool = app.getBean(CuttablePool.class);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void reconnect() {
        pool.restore();
    }

    @Test
    void should_offer_to_send_a_contact_form_again_with_what_was_typed_and_save_it_once_the_database_is_back() {
        ApiClient browser = ApiClient.loggedIn(port);
        String channels = "ch" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(browser.form(
                                "/admin/custom-fields",
                                "kind=contact&key=" + channels
                                        + "&label=Channels&type=multi_choice&options=email%2C+phone%2C+post")
                        .status())
                .isEqualTo(302);
        String email = uniqueEmail("resent");
        String note = "Met at the fair.\nWants a quote for 40 seats <b>before</b> May & \"soon\".";
        browser.get("/contacts/new");

        pool.cut();
        Reply page = browser.form(
                "/contacts",
                form(Map.of(
                        "firstName",
                        List.of("Grace"),
                        "lastName",
                        List.of("Hopper"),
                        "email",
                        List.of(email),
                        "tags",
                        List.of("vip, fair"),
                        "cf." + channels,
                        List.of("email", "post"),
                        "notes",
                        List.of(note))));

        assertThat(page.status()).as(page.toString()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isPresent();
        assertThat(page.body())
                .contains("database cannot be reached")
                .contains("probably not saved", "check before sending it again")
                .contains("Send again")
                .contains("<details");
        assertThat(HtmlUtils.htmlUnescape(action(page))).isEqualTo("/contacts");
        List<List<String>> fields = hidden(page);
        assertThat(fields)
                .contains(
                        List.of("firstName", "Grace"),
                        List.of("email", email),
                        List.of("tags", "vip, fair"),
                        List.of("cf." + channels, "email"),
                        List.of("cf." + channels, "post"),
                        List.of("notes", note));
        assertThat(fields.stream().filter(field -> field.get(0).equals("_csrf")))
                .as("only the session's current token, which th:action adds, not a copy of the one posted")
                .hasSize(1);
        assertThat(page.body()).doesNotContain("<b>before</b>").contains("&lt;b&gt;before&lt;/b&gt;");
        assertThat(page.body())
                .as("what was typed is listed by the fields' names in words")
                .contains("<dt>First name</dt>", "<dt>Last name</dt>", "<dt>" + capitalized(channels) + "</dt>")
                .doesNotContain("<dt>firstName</dt>");

        pool.restore();
        Reply sent = browser.form("/contacts", form(withoutCsrf(fields)));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        String saved = browser.get(sent.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        assertThat(saved).contains("Grace", email, "vip", "fair", "email, post");
        assertThat(HtmlUtils.htmlUnescape(saved)).contains(note);
    }

    @Test
    void should_never_write_a_password_back_into_the_page_and_say_it_must_be_typed_again() {
        Reply page = postedWhileCut("/admin/users", "username=resent-user&password=secret-pass-123&role=USER");

        assertThat(page.status()).as(page.toString()).isEqualTo(503);
        assertThat(page.body()).contains("Send again", "type it once more").doesNotContain("secret-pass-123");
        assertThat(hidden(page)).contains(List.of("username", "resent-user"), List.of("role", "USER"));
        assertThat(hidden(page).stream().map(field -> field.get(0))).doesNotContain("password");
    }

    @Test
    void should_send_again_to_the_same_address_with_its_query_string_not_as_hidden_fields() {
        Reply page = postedWhileCut("/admin/users?from=list&note=a%20b", "username=resent-query&role=USER");

        assertThat(page.status()).as(page.toString()).isEqualTo(503);
        assertThat(HtmlUtils.htmlUnescape(action(page))).isEqualTo("/admin/users?from=list&note=a%20b");
        assertThat(hidden(page).stream().map(field -> field.get(0)))
                .containsExactlyInAnyOrder("username", "role", "_csrf");
        assertThat(page.body()).as("the query is not what was typed").doesNotContain("<dt>From</dt>");
    }

    @Test
    void should_keep_the_plain_page_for_a_get_while_the_database_is_cut() {
        ApiClient browser = ApiClient.loggedIn(port);

        pool.cut();
        Reply page = browser.send(
                browser.request("/contacts").header("Accept", "text/html").GET());

        assertThat(page.status()).as(page.toString()).isEqualTo(503);
        assertThat(page.body())
                .contains("database cannot be reached", "Back to the dashboard")
                .doesNotContain("resend-form", "Send again");
    }

    @Test
    void should_save_the_contact_when_send_again_is_clicked_in_a_browser_once_the_database_is_back()
            throws IOException {
        Path profile = Files.createTempDirectory("crmkit-chromium");
        ChromeDriver browser = Browser.start(profile);
        try {
            Browser.logIn(browser, port);
            browser.get("http://localhost:" + port + "/contacts/new");
            String email = uniqueEmail("clicked");
            browser.findElement(By.id("firstName")).sendKeys("Katherine");
            browser.findElement(By.id("lastName")).sendKeys("Johnson");
            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.id("notes")).sendKeys("First line\nSecond line");

            pool.cut();
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));

            assertThat(browser.findElement(By.id("resend-outcome")).getText()).contains("probably not saved");
            browser.findElement(By.cssSelector("#resend-typed summary")).click();
            assertThat(browser.findElement(By.id("resend-typed")).getText()).contains("First line\nSecond line");
            for (int width : List.of(390, 1440)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                assertThat(number(browser, "return document.documentElement.scrollWidth"))
                        .as("no sideways scrolling at " + width + " px")
                        .isLessThanOrEqualTo(number(browser, "return window.innerWidth"));
                Browser.screenshot(browser, "resend-" + width);
            }

            pool.restore();
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("send-again")));

            assertThat(browser.getCurrentUrl()).matches(".*/contacts/\\d+");
            assertThat(browser.findElement(By.id("contact-notes")).getText()).isEqualTo("First line\nSecond line");
            assertThat(browser.getPageSource()).contains(email);
        } finally {
            browser.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (UncheckedIOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }

    private static long number(ChromeDriver browser, String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    /** The page of a form posted by the admin to {@code path} (after opening the users page) while cut. */
    private static Reply postedWhileCut(String path, String body) {
        ApiClient browser = ApiClient.loggedIn(port);
        browser.get("/admin/users");
        pool.cut();
        return browser.form(path, body);
    }

    /** The action of the page's "Send again" form, as written in the page. */
    private static String action(Reply page) {
        Matcher action = ACTION.matcher(page.body());
        assertThat(action.find()).as("a Send again form in " + page.body()).isTrue();
        return action.group(1);
    }

    /** The "Send again" form's hidden fields, name and value unescaped, in page order. */
    private static List<List<String>> hidden(Reply page) {
        Matcher form = FORM.matcher(page.body());
        assertThat(form.find()).as("a Send again form in " + page.body()).isTrue();
        List<List<String>> fields = new ArrayList<>();
        Matcher input = HIDDEN.matcher(form.group(1));
        while (input.find()) {
            fields.add(List.of(HtmlUtils.htmlUnescape(input.group(1)), HtmlUtils.htmlUnescape(input.group(2))));
        }
        return fields;
    }

    private static List<List<String>> withoutCsrf(List<List<String>> fields) {
        return fields.stream().filter(field -> !field.get(0).equals("_csrf")).toList();
    }

    private static String form(Map<String, List<String>> fields) {
        List<List<String>> pairs = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(List.of(name, value))));
        return form(pairs);
    }

    private static String form(List<List<String>> fields) {
        StringBuilder body = new StringBuilder();
        for (List<String> field : fields) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(field.get(0))).append('=').append(encode(field.get(1)));
        }
        return body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The app's data source: H2 through Hikari, with a switch that makes it unreachable. */
    @Configuration(proxyBeanMethods = false)
    static class CuttablePoolConfiguration {

        @Bean
        CuttablePool dataSource(Environment environment) {
            CuttablePool pool = new CuttablePool();
            pool.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
            pool.setUsername("sa");
            return pool;
        }
    }

    /**
     * A Hikari pool that, while {@link #cut()}, answers every request for a connection as Hikari does
     * when its database does not answer within the connection timeout.
     */
    static final class CuttablePool extends HikariDataSource {

        private volatile boolean cut;

        void cut() {
            cut = true;
        }

        void restore() {
            cut = false;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (cut) {
                throw new SQLTransientConnectionException(
                        "HikariPool - Connection is not available, request timed out");
            }
            return super.getConnection();
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
