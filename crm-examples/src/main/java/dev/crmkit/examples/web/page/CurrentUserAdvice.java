package dev.crmkit.examples.web.page;

import dev.crmkit.examples.users.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the logged-in user: {@code currentUser} and {@code currentUserIsAdmin} for the
 * navigation bar, and {@code readOnly}, which leaves out every control a read-only account would only
 * be refused (its pages show records, not forms that cannot be sent).
 */
// The imports pages live with their API (a package of their own); their model gets the user too.
@ControllerAdvice(basePackages = {"dev.crmkit.examples.web.page", "dev.crmkit.examples.web.imports"})
final class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    @Nullable
    String currentUser(@Nullable Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("currentUserIsAdmin")
    boolean currentUserIsAdmin(HttpServletRequest request) {
        return request.isUserInRole(Role.ADMIN.name());
    }

    @ModelAttribute("readOnly")
    boolean readOnly(HttpServletRequest request) {
        return request.isUserInRole(Role.READONLY.name());
    }
}
