package dev.crmkit.examples.web.security;

import dev.crmkit.examples.users.AppUser;
import dev.crmkit.examples.users.AppUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session whose user was disabled, deleted, or given another password or role since
 * it signed in: the user is read again on every request that rides on the session (one indexed
 * lookup), and compared with the {@link AppUser#sessionStamp()} the session took at sign-in. An
 * ended session is invalidated and answered by the {@code ended} entry point (the pages send it to
 * the login page, the API answers 401). Requests with their own {@code Authorization} header are
 * not its business: Basic and bearer credentials are checked against the database on every request
 * anyway. When the database cannot be reached the request goes on unchecked: whatever it needs from
 * the database meets the outage itself, and nothing can be written meanwhile. Public paths (the
 * login page, the style sheet and script every page loads) are not checked: they show nothing of
 * the user, and a page's assets would otherwise cost a lookup each, and each wait out an outage.
 */
public final class SessionUserCheck extends OncePerRequestFilter {

    /** The session attribute holding the stamp its user had at sign-in. */
    static final String STAMP = SessionUserCheck.class.getName() + ".stamp";

    private static final Logger log = LoggerFactory.getLogger(SessionUserCheck.class);

    private final AppUsers users;
    private final Set<String> publicPaths;
    private final AuthenticationEntryPoint ended;

    SessionUserCheck(AppUsers users, Set<String> publicPaths, AuthenticationEntryPoint ended) {
        this.users = users;
        this.publicPaths = Set.copyOf(publicPaths);
        this.ended = ended;
    }

    /**
     * Remembers in the session the stamp of the user who just signed in, or who changed their own
     * password in it (that session goes on; the others end).
     *
     * @param session the user's session
     * @param user the user as stored now
     */
    public static void remember(HttpSession session, AppUser user) {
        session.setAttribute(STAMP, user.sessionStamp());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return publicPaths.contains(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (SessionUnlessCredentials.hasCredentials(request)
                || session == null
                || auth == null
                || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AppUser> user;
        try {
            user = users.findByUsername(auth.getName());
        } catch (DataAccessException e) {
            log.debug("could not check the session's user {}: {}", auth.getName(), e.getMessage());
            chain.doFilter(request, response);
            return;
        }
        @Nullable
        String now = user.filter(AppUser::enabled).map(AppUser::sessionStamp).orElse(null);
        if (now != null && session.getAttribute(STAMP) == null) {
            // A session signed in before this check knew it: from now on it holds the user as it is.
            session.setAttribute(STAMP, now);
        }
        if (now == null || !now.equals(session.getAttribute(STAMP))) {
            log.info("ended a session of {}: the user was disabled, deleted or changed since", auth.getName());
            session.invalidate();
            SecurityContextHolder.clearContext();
            ended.commence(
                    request,
                    response,
                    new CredentialsExpiredException(
                            "Your session ended: your password, role or account changed. Log in again."));
            return;
        }
        chain.doFilter(request, response);
    }
}
