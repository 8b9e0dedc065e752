package dev.crmkit.examples.web.security;

import dev.crmkit.examples.users.AppUsers;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * A form sign-in that succeeded: the session takes its user's {@link SessionUserCheck stamp} at once,
 * so a password changed between the sign-in and the next request still ends it; then on to the page
 * asked for before the login, as Spring Security's default does.
 */
final class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AppUsers users;

    LoginSuccess(AppUsers users) {
        this.users = users;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        users.findByUsername(authentication.getName())
                .ifPresent(user -> SessionUserCheck.remember(request.getSession(), user));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
