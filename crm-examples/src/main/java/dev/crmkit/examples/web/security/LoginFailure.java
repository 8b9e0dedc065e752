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
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What a failed form login answers: wrong credentials go back to {@code /login?error} as before,
 * but a login that could not be checked because the user store (the database) is away is an
 * outage, answered 503 with {@code Retry-After} and the same message as every other page during an
 * outage — never "wrong username or password", which would send the user to retype a right one.
 * A sign-in refused by the {@link SignInThrottle} stays on the login page: a forward to
 * {@code /login/throttled}, which shows it again with the exception's sentence (the request
 * attribute {@link WebAttributes#AUTHENTICATION_EXCEPTION}), 429 and {@code Retry-After}.
 *
 * <p>Both pages fill in the username typed, never the password: it goes along as {@value
 * #TYPED_USERNAME}, a flash attribute (Spring MVC's, kept in the session) for the redirect's
 * {@code GET /login}, a request attribute for the forward; cut to {@value SignInThrottle#MAX_USERNAME}
 * characters, as no user has a longer name. Thread-safe (stateless apart from the delegates, which
 * are).
 */
final class LoginFailure implements AuthenticationFailureHandler {

    /** The name of the attribute with the username typed, for the login page. */
    static final String TYPED_USERNAME = "typedUsername";

    private final FlashMapManager flashMaps = new SessionFlashMapManager();
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
        String typed = typedUsername(request);
        if (e instanceof SignInThrottledException refused) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            request.setAttribute(TYPED_USERNAME, typed);
            throttled.onAuthenticationFailure(request, response, e);
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put(TYPED_USERNAME, typed);
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        flashMaps.saveOutputFlashMap(flash, request, response);
        wrongCredentials.onAuthenticationFailure(request, response, e);
    }

    private static String typedUsername(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed == null) {
            return "";
        }
        return typed.length() > SignInThrottle.MAX_USERNAME ? typed.substring(0, SignInThrottle.MAX_USERNAME) : typed;
    }
}
