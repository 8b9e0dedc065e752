package dev.crmkit.examples.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient;
import dev.crmkit.examples.web.ApiClient.Reply;
import dev.crmkit.examples.web.WebAppTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Failed password sign-ins are throttled per username and client address, on the API's HTTP Basic
 * and on the login form. Each test signs in as a user of its own, so failures never throttle
 * another test's logins. Time is a {@link MutableClock}; another address is a socket bound to
 * 127.0.0.2 (the server listens on 127.0.0.1, every 127/8 address is the loopback).
 */
@WebAppTest
@Import(SignInThrottlingTest.Clocked.class)
class SignInThrottlingTest {

    @TestConfiguration
    static class Clocked {
        @Bean
        MutableClock clock() {
            return MutableClock.atDefaultStart();
        }
    }

    private static final String REFUSAL =
            "Too many failed sign-ins for this user from this address; try again in 30 seconds.";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    AppUsers users;

    String username;
    String password;

    @BeforeEach
    void user() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        username = "guessed-" + tag;
        password = "password-" + tag;
        users.create(username, password, Role.USER);
    }

    @Test
    void should_refuse_the_right_password_429_after_five_wrong_ones_until_the_back_off_ends() {
        failBasic(username, 5);

        Reply refused = ApiClient.basic(port, username, password).get("/api/v1/contacts");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).hasValue("30");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/sign-in-throttled");
        assertThat(refused.json().path("detail").asString()).isEqualTo(REFUSAL);
        assertThat(refused.header("WWW-Authenticate")).isEmpty();

        clock.advance(Duration.ofSeconds(31));
        Reply after = ApiClient.basic(port, username, password).get("/api/v1/contacts");

        assertThat(after.status()).as(after.toString()).isEqualTo(200);
    }

    @Test
    void should_not_throttle_the_user_from_another_address_nor_another_user_from_this_one() throws IOException {
        String other = "other-" + username;
        users.create(other, password, Role.USER);
        failBasic(username, 5);

        int here = basicStatusFrom("127.0.0.1", username, password);
        int elsewhere = basicStatusFrom("127.0.0.2", username, password);
        int otherUser = basicStatusFrom("127.0.0.1", other, password);

        assertThat(here).isEqualTo(429);
        assertThat(elsewhere).isEqualTo(200);
        assertThat(otherUser).isEqualTo(200);
    }

    @Test
    void should_start_counting_afresh_after_a_right_password() {
        failBasic(username, 4);
        Reply right = ApiClient.basic(port, username, password).get("/api/v1/contacts");
        failBasic(username, 4);
        Reply again = ApiClient.basic(port, username, password).get("/api/v1/contacts");

        assertThat(right.status()).isEqualTo(200);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
    }

    @Test
    void should_keep_the_login_form_on_its_page_saying_how_long_to_wait_on_the_sixth_attempt() {
        ApiClient browser = ApiClient.anonymous(port);
        for (int i = 0; i < 5; i++) {
            Reply wrong = browser.login(username, "wrong-" + i);
            assertThat(wrong.header("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        Reply sixth = browser.login(username, password);

        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).hasValue("30");
        assertThat(sixth.body())
                .contains("id=\"login-throttled\">" + REFUSAL + "<")
                .contains("id=\"login-form\"");
        assertThat(browser.get("/contacts").status()).as("not logged in").isEqualTo(302);

        clock.advance(Duration.ofSeconds(30));
        Reply later = browser.login(username, password);

        assertThat(later.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void should_fill_in_the_username_typed_but_never_the_password_after_a_wrong_one() {
        ApiClient browser = ApiClient.anonymous(port);
        String typed = username + "\"<b>";

        Reply wrong = browser.login(typed, "wrong-secret");
        Reply page = browser.get(wrong.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

        assertThat(page.body())
                .contains("id=\"login-error\"")
                .contains("value=\"" + username + "&quot;&lt;b&gt;\"")
                .doesNotContain("<b>", "wrong-secret");
        assertThat(browser.get("/login").body())
                .as("only on the page that follows the failure")
                .doesNotContain(username);
    }

    @Test
    void should_fill_in_the_username_typed_on_the_throttled_login_page() {
        ApiClient browser = ApiClient.anonymous(port);
        for (int i = 0; i < 5; i++) {
            browser.login(username, "wrong-" + i);
        }

        Reply sixth = browser.login(username, password);

        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.body()).contains("value=\"" + username + "\"").doesNotContain(password);
    }

    @Test
    void should_answer_404_to_the_throttled_login_page_asked_for_directly() {
        ApiClient browser = ApiClient.loggedIn(port, username, password);

        Reply direct = browser.form("/login/throttled", "");

        assertThat(direct.status()).as(direct.toString()).isEqualTo(404);
    }

    @Test
    void should_describe_the_429_in_the_api_description() {
        Reply docs = ApiClient.anonymous(port).get("/v3/api-docs");

        assertThat(docs.json()
                        .path("paths")
                        .path("/api/v1/contacts")
                        .path("get")
                        .path("responses")
                        .path("429")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/responses/TooManySignIns");
        assertThat(docs.json()
                        .path("components")
                        .path("responses")
                        .path("TooManySignIns")
                        .path("headers")
                        .has("Retry-After"))
                .isTrue();
    }

    private void failBasic(String user, int times) {
        for (int i = 0; i < times; i++) {
            Reply wrong = ApiClient.basic(port, user, "wrong-" + i).get("/api/v1/contacts");
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        }
    }

    /** The status of a Basic-authenticated GET sent from a socket bound to {@code localAddress}. */
    private int basicStatusFrom(String localAddress, String user, String secret) throws IOException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.getOutputStream()
                    .write(("GET /api/v1/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
