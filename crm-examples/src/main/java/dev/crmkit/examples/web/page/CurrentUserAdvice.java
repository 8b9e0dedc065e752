package dev.crmkit.examples.web.page;

import dev.crmkit.examples.users.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the logged-in user for the navigation bar: {@code currentUser} and {@code currentUserIsAdmin}. */
@ControllerAdvice(basePackageClasses = CurrentUserAdvice.class)
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
}
