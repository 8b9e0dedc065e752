package dev.crmkit.examples.web.page;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /login}: the form Spring Security's form login posts ({@code POST /login} is handled by
 * the security filter, which redirects to {@code /login?error} on a wrong password and to
 * {@code /login?logout} after logging out, and forwards a sign-in refused for too many failures to
 * {@code /login/throttled}). After a failure the page fills in the username typed, which the web
 * security package's LoginFailure hands over as {@value #TYPED_USERNAME}: a flash attribute after
 * its redirect (Spring MVC puts it in the model), a request attribute on its forward.
 */
@Controller
final class LoginPage {

    /** The model attribute the template fills the username field from (LoginFailure's name too). */
    static final String TYPED_USERNAME = "typedUsername";

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * The login page again, 429, saying how long to wait: only as the security filter's forward of a
     * refused {@code POST /login} (the web security package's LoginFailure), 404 when asked directly.
     */
    @PostMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getDispatcherType() != DispatcherType.FORWARD
                || !(request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof AuthenticationException refused)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("throttled", refused.getMessage());
        model.addAttribute(TYPED_USERNAME, request.getAttribute(TYPED_USERNAME));
        return "login";
    }
}
