package dev.crmkit.examples.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /login}: the form Spring Security's form login posts ({@code POST /login} is handled by
 * the security filter, which redirects to {@code /login?error} on a wrong password and to
 * {@code /login?logout} after logging out).
 */
@Controller
final class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
