package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages' login and logout, the session cookie, and the headers every answer carries. */
@WebAppTest
class LoginTest {

    @LocalServerPort
    int port;

    @Test
    void should_send_an_anonymous_visitor_to_the_login_page_then_back_after_logging_in() {
        ApiClient browser = ApiClient.anonymous(port);

        Reply page = browser.get("/contacts");
        Reply wrong = browser.login(ApiClient.ADMIN, "wrong-password");
        Reply right = browser.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(wrong.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/contacts"));
        assertThat(browser.get("/contacts").status()).isEqualTo(200);
    }

    @Test
    void should_log_out_and_end_the_session() {
        ApiClient browser = ApiClient.loggedIn(port);
        assertThat(browser.get("/").body()).contains("id=\"log-out\"");

        Reply logout = browser.form("/logout", "");

        assertThat(logout.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void should_keep_the_session_cookie_from_scripts_and_cross_site_requests() {
        Reply login = ApiClient.anonymous(port).get("/login");

        assertThat(login.response().headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void should_send_the_security_headers_on_pages_and_api_answers() {
        List<Reply> replies = List.of(
                ApiClient.anonymous(port).get("/login"),
                ApiClient.loggedIn(port).get("/"),
                new ApiClient(port).get("/api/v1/contacts"),
                ApiClient.anonymous(port).get("/api/v1/contacts"));

        for (Reply reply : replies) {
            assertThat(reply.header("Content-Security-Policy"))
                    .as(reply.toString())
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("script-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline"));
            assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(reply.header("X-Frame-Options")).hasValue("DENY");
            assertThat(reply.header("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void should_allow_swagger_ui_inline_styles_but_never_inline_scripts() {
        Reply docs = ApiClient.anonymous(port).get("/swagger-ui/index.html");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self';")
                        .contains("style-src 'self' 'unsafe-inline'")
                        .contains("frame-ancestors 'none'"));
        assertThat(docs.header("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void should_keep_every_script_and_style_of_the_templates_in_files_the_csp_allows() throws Exception {
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            List<Path> html =
                    files.filter(file -> file.toString().endsWith(".html")).toList();
            assertThat(html).hasSizeGreaterThan(10);
            for (Path file : html) {
                String text = Files.readString(file);
                assertThat(text)
                        .as(file.toString())
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                        .doesNotContainPattern("\\sstyle=")
                        .doesNotContain("<style")
                        .doesNotContainPattern("\\son[a-z]+=");
            }
        }
    }
}
