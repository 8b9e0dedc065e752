package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.examples.users.AppUser;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.web.security.SessionUserCheck;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Passwords: {@code /account/password}, where every user changes their own (the current password
 * first, checked like a sign-in, so through the sign-in throttle), and
 * {@code /admin/users/{id}/password}, where an admin sets another user's (a lost password; for
 * their own it sends them to the first page, which asks for the current one). Either way the new
 * password is typed twice (every field's name says {@code password}, so no page, the outage page's
 * "what you typed" included, ever writes one back), every error is named at once, the sessions
 * signed in with the old password end at their next request (the one that changed it goes on),
 * and the user's API tokens keep working.
 */
@Controller
record PasswordPages(AppUsers users, AuthenticationProvider passwordSignIn) {

    private static final String VIEW = "account/password";

    /** The error summary's links: error key → input id and label (the labels name "new", which a template's inline map may not). */
    private static final Map<String, List<String>> LABELS = Map.of(
            "current_password", List.of("current_password", "Current password"),
            "password", List.of("password", "New password"),
            "confirm_password", List.of("confirm_password", "New password again"));

    @GetMapping("/account/password")
    String own(Model model) {
        return page(model, null, Map.of());
    }

    @PostMapping("/account/password")
    ModelAndView changeOwn(
            @RequestParam(name = "current_password", defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(name = "confirm_password", defaultValue = "") String confirm,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        AppUser me = users.findByUsername(principal.getName())
                .orElseThrow(() -> new NotFoundException("user", principal.getName()));
        return PageErrors.saveOrShow(
                () -> {
                    FieldErrors errors = new FieldErrors();
                    checkCurrent(errors, me, current, request);
                    save(errors, me.id(), password, confirm, principal, request);
                    redirect.addFlashAttribute(
                            "notice",
                            "Password changed. Your other sessions have ended; your API tokens keep working.");
                    return new ModelAndView("redirect:/account/password");
                },
                errors -> invalid(model, null, errors));
    }

    @GetMapping("/admin/users/{id:\\d{1,18}}/password")
    String other(@PathVariable long id, Principal admin, Model model) {
        AppUser user = user(id);
        // One's own password only with the current one: a session left open is not enough to take the account.
        return isSelf(user, admin) ? "redirect:/account/password" : page(model, user, Map.of());
    }

    @PostMapping("/admin/users/{id:\\d{1,18}}/password")
    ModelAndView setOther(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(name = "confirm_password", defaultValue = "") String confirm,
            Principal admin,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        AppUser user = user(id);
        if (isSelf(user, admin)) {
            return new ModelAndView("redirect:/account/password");
        }
        return PageErrors.saveOrShow(
                () -> {
                    AppUser changed = save(new FieldErrors(), id, password, confirm, admin, request);
                    redirect.addFlashAttribute(
                            "notice", "Password of " + changed.username() + " set; their sessions have ended.");
                    return new ModelAndView("redirect:/admin/users");
                },
                errors -> invalid(model, user, errors));
    }

    /** The current password, checked as a sign-in is: wrong ones count towards the throttle. */
    private void checkCurrent(FieldErrors errors, AppUser me, String current, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(me.username(), current);
        attempt.setDetails(new WebAuthenticationDetails(request));
        try {
            passwordSignIn.authenticate(attempt);
        } catch (BadCredentialsException e) {
            errors.add("current_password", "is wrong");
        } catch (InternalAuthenticationServiceException e) {
            // The user store could not be read (an outage): the page for that, not a wrong password.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (AuthenticationException e) {
            errors.add("current_password", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Checks the new password beside {@code errors} found already, then sets it; the session of the
     * one who set it, when it is their own, goes on (every other session of the user ends).
     *
     * @throws dev.crmkit.core.kernel.ValidationException every error, those given included
     */
    private AppUser save(
            FieldErrors errors, long id, String password, String confirm, Principal actor, HttpServletRequest request) {
        AppUsers.checkPassword(errors, "password", password);
        errors.check(confirm.equals(password), "confirm_password", "does not match the new password");
        errors.throwIfAny();
        AppUser changed = users.setPassword(id, password);
        if (isSelf(changed, actor)) {
            SessionUserCheck.remember(request.getSession(), changed);
        }
        return changed;
    }

    private static boolean isSelf(AppUser user, Principal actor) {
        return user.username().equals(AppUsers.normalize(actor.getName()));
    }

    private AppUser user(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private ModelAndView invalid(Model model, @Nullable AppUser user, Map<String, String> errors) {
        ModelAndView view = new ModelAndView(page(model, user, errors), model.asMap());
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    /** @param user the user an admin sets the password of; null for the logged-in user's own */
    private static String page(Model model, @Nullable AppUser user, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", LABELS);
        return VIEW;
    }
}
