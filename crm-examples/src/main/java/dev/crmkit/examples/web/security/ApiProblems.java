package dev.crmkit.examples.web.security;

import dev.crmkit.examples.web.problem.StorageOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when security says no, as problem details like every other API error: 401
 * {@code /problems/unauthorized} with a {@code WWW-Authenticate} challenge for Basic and Bearer,
 * 403 {@code /problems/forbidden} for a role that may not, 403 {@code /problems/csrf} for a write
 * authenticated by the session cookie without the CSRF token, 429 {@code /problems/sign-in-throttled}
 * with {@code Retry-After} for Basic credentials refused by the {@link SignInThrottle}. Thread-safe
 * (stateless).
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "crmkit";

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException refused) {
            // Not 401: the password was not even looked at, and a challenge would invite a retry now.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", refused.getMessage());
            return;
        }
        if (StorageOutage.isOutage(e)) {
            // The user store is in the database: while it is away nobody can be checked, which is
            // an outage to retry, not wrong credentials.
            response.setHeader(HttpHeaders.RETRY_AFTER, StorageOutage.RETRY_AFTER_SECONDS);
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, StorageOutage.TYPE, StorageOutage.DETAIL);
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && BearerTokenFilter.isBearer(authorization)) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
        } else {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        }
        String detail = e instanceof CredentialsExpiredException ended
                ? String.valueOf(ended.getMessage())
                : authorization == null
                        ? "The API needs credentials: HTTP Basic, or Authorization: Bearer <token> (create one at /account/tokens)."
                        : "The credentials are wrong, revoked, or the user is disabled.";
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "csrf",
                    "A write authenticated by the session cookie needs"
                            + " the session's CSRF token in the X-CSRF-TOKEN header; API clients use Basic or a bearer token.");
        } else {
            write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "Your role may not do this: " + "READONLY users may only read.");
        }
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
