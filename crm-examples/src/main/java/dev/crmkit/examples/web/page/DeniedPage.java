package dev.crmkit.examples.web.page;

import dev.crmkit.examples.users.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 403 page of the pages, saying why: a form from a session that has ended (its CSRF token is
 * no longer the session's: logged out, or idle past the session's timeout), a read-only account, or
 * a page for admins only. A refused form post lists what was typed, for copying, so that nothing typed
 * is lost; it offers no "Send again", which would need the new session's sign-in first.
 *
 * <p>{@link #handler()} is the pages' security chain's access-denied handler: it forwards to
 * {@value #PATH}, which answers only that forward (404 when asked directly).
 */
@Controller
public final class DeniedPage {

    private static final String PATH = "/denied";
    private static final String CAUSE = DeniedPage.class.getName() + ".cause";

    static final String SESSION_ENDED = "This form belongs to a session that has ended (you logged out, or were"
            + " away longer than a session lasts), so nothing was saved. Log in again and send it once more.";
    static final String READ_ONLY =
            "Your account is read-only: it can see everything but change nothing. An admin can make it a User.";
    static final String ADMINS_ONLY = "Only an admin may do this.";

    /** {@return the pages' access-denied handler: this page, by a forward} */
    public static AccessDeniedHandler handler() {
        return DeniedPage::forward;
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        request.setAttribute(CAUSE, e);
        request.getRequestDispatcher(PATH).forward(request, response);
    }

    @RequestMapping(PATH)
    ModelAndView denied(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.FORWARD
                || !(request.getAttribute(CAUSE) instanceof AccessDeniedException cause)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String why = cause instanceof CsrfException
                ? SESSION_ENDED
                : request.isUserInRole(Role.READONLY.name()) ? readOnly(request) : ADMINS_ONLY;
        ModelAndView page = PageErrors.page(HttpStatus.FORBIDDEN, why);
        Resend.of(request, why).ifPresent(typed -> page.addObject("typed", typed.typed()));
        return page;
    }

    /** A read-only account's refusal: a page of a form it could not send, or a write, which saved nothing. */
    private static String readOnly(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) ? READ_ONLY : "Nothing was saved. " + READ_ONLY;
    }
}
