package dev.crmkit.examples.web.security;

import dev.crmkit.examples.web.problem.ProblemResponses;
import dev.crmkit.examples.web.problem.StorageOutage;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What a failed form login answers: wrong credentials go back to {@code /login?error} as before,
 * but a login that could not be checked because the user store (the database) is away is an
 * outage, answered 503 with {@code Retry-After} and the same message as every other page during an
 * outage — never "wrong username or password", which would send the user to retype a right one.
 * A sign-in refused by the {@link SignInThrottle} stays on the login page: a forward to
 * {@code /login/throttled}, which shows it again with the exception's sentence (the request
 * attribute {@link WebAttributes#AUTHENTICATION_EXCEPTION}), 429 and {@code Retry-After}.
 * Thread-safe (stateless apart from the delegates, which are).
 */
final class LoginFailure implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongCredentials =
            new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final SimpleUrlAuthenticationFailureHandler throttled =
            new SimpleUrlAuthenticationFailureHandler("/login/throttled");

    LoginFailure() {
        throttled.setUseForward(true);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (StorageOutage.isOutage(e)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, StorageOutage.RETRY_AFTER_SECONDS);
            ProblemResponses.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "/problems/" + StorageOutage.TYPE,
                    StorageOutage.DETAIL,
                    Map.of());
            return;
        }
        if (e instanceof SignInThrottledException refused) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            throttled.onAuthenticationFailure(request, response, e);
            return;
        }
        wrongCredentials.onAuthenticationFailure(request, response, e);
    }
}
