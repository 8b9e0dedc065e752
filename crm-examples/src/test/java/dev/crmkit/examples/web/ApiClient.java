package dev.crmkit.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the app on a real port, so tests see exactly what a client sees (Tomcat
 * and Spring Security included).
 *
 * <p>{@code new ApiClient(port)} authenticates every request with HTTP Basic as {@link #ADMIN}
 * (the password {@link WebAppTest} configures), unless the request already carries an
 * {@code Authorization} header. {@link #anonymous}, {@link #basic} and {@link #bearer} act otherwise;
 * {@link #loggedIn} is a browser: it logs in through the form, keeps the session cookie, and sends
 * the session's CSRF token with {@link #form} posts and with the JSON writes of
 * {@link #post}/{@link #put}/{@link #patch}/{@link #delete}, as the pages' script does.
 */
public final class ApiClient {

    /** The first user, created on start with {@link #ADMIN_PASSWORD} (see {@link WebAppTest}). */
    public static final String ADMIN = "admin";

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final @Nullable String authorization;
    // Keeps cookies like a browser, so page tests hold a session; redirects are not followed.
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private @Nullable String csrf;

    /** Basic as {@link #ADMIN} on every request. */
    public ApiClient(int port) {
        this(port, basicHeader(ADMIN, ADMIN_PASSWORD));
    }

    private ApiClient(int port, @Nullable String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** No credentials at all (until {@link #login}). */
    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    /** HTTP Basic as this user on every request. */
    public static ApiClient basic(int port, String username, String password) {
        return new ApiClient(port, basicHeader(username, password));
    }

    /** {@code Authorization: Bearer <token>} on every request. */
    public static ApiClient bearer(int port, String token) {
        return new ApiClient(port, "Bearer " + token);
    }

    /** A browser logged in through the form as {@link #ADMIN}. */
    public static ApiClient loggedIn(int port) {
        return loggedIn(port, ADMIN, ADMIN_PASSWORD);
    }

    /** A browser logged in through the form; fails when the login does. */
    public static ApiClient loggedIn(int port, String username, String password) {
        ApiClient browser = anonymous(port);
        Reply login = browser.login(username, password);
        if (login.status() != 302 || login.header("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login as " + username + " failed: " + login);
        }
        return browser;
    }

    /** Posts the login form (with the login page's CSRF token) and reads the new session's token. */
    public Reply login(String username, String password) {
        csrf = token(get("/login").body());
        Reply reply = form("/login", "username=" + encode(username) + "&password=" + encode(password));
        if (reply.status() == 302 && !reply.header("Location").orElse("").contains("error")) {
            csrf = token(get("/").body()); // the login replaced the session's token
        }
        return reply;
    }

    /** The session's CSRF token as the last page showed it; empty before any page. */
    public Optional<String> csrfToken() {
        return Optional.ofNullable(csrf);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply post(String path, String json) {
        return send(withCsrf(json(path, json)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(withCsrf(json(path, json)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String path, String json) {
        return send(withCsrf(json(path, json)).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path))).DELETE());
    }

    /** A form post as a browser sends it, with the session's CSRF token ({@code _csrf}) when there is one. */
    public Reply form(String path, String urlEncodedBody) {
        String body = csrf == null
                ? urlEncodedBody
                : (urlEncodedBody.isEmpty() ? "" : urlEncodedBody + "&") + "_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Sends {@code request} with this client's credentials and returns the response body as it arrives, for a
     * stream the test reads part of and then closes, as a client that goes away does.
     */
    public InputStream open(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Any request, for the tests of protocol errors; this client's credentials are added unless the
     * request has an {@code Authorization} header of its own. No CSRF token is added.
     */
    public Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        if (authorization != null && built.headers().firstValue("Authorization").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true)
                    .header("Authorization", authorization)
                    .build();
        }
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response);
            if (reply.contentType().startsWith("text/html")) {
                String token = token(reply.body());
                if (token != null) {
                    csrf = token;
                }
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
        return csrf == null ? request : request.header("X-CSRF-TOKEN", csrf);
    }

    private static @Nullable String token(String page) {
        Matcher meta = CSRF_META.matcher(page);
        if (meta.find()) {
            return meta.group(1);
        }
        Matcher input = CSRF_INPUT.matcher(page);
        return input.find() ? input.group(1) : null;
    }

    private static String basicHeader(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response: status, headers, body as text and as JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public long id() {
            return json().path("id").asLong();
        }

        /** The problem details' field errors: field → message. */
        public JsonNode errors() {
            return json().path("errors");
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
