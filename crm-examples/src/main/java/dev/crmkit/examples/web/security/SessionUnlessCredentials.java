package dev.crmkit.examples.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API's view of the session: a request that brings its own {@code Authorization} header is
 * judged by that header alone (it skips the CSRF check, so the session cookie must not be able to
 * stand in for a wrong password); a request without one may use the logged-in session of the
 * pages (the chat page's script does), and then needs the CSRF token for writes. Never creates or
 * writes a session.
 */
final class SessionUnlessCredentials implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    SessionUnlessCredentials() {
        session.setAllowSessionCreation(false);
    }

    static boolean hasCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    @Deprecated
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return hasCredentials(holder.getRequest())
                ? SecurityContextHolder.getContextHolderStrategy().createEmptyContext()
                : session.loadContext(holder);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (!hasCredentials(request)) {
            return session.loadDeferredContext(request);
        }
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }

            @Override
            public boolean isGenerated() {
                return true;
            }
        };
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // Basic and bearer authentications last for their request; the pages' login writes the session.
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !hasCredentials(request) && session.containsContext(request);
    }
}
