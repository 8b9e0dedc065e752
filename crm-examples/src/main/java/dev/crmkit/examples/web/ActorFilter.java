package dev.crmkit.examples.web;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the signed-in user the author of every CRM write a request makes: {@link Actor#user} for
 * a session or Basic login, {@link Actor#apiToken} (named by its owner) for a bearer token. Runs
 * after Spring Security's chain (a filter bean's default order is the lowest precedence), on the
 * request's thread; anonymous requests keep the system actor.
 */
@Component
class ActorFilter extends OncePerRequestFilter {

    private final Crm crm;

    ActorFilter(Crm crm) {
        this.crm = crm;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        boolean token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        AuditScope scope = crm.actingAs(token ? Actor.apiToken(auth.getName()) : Actor.user(auth.getName()));
        try {
            chain.doFilter(request, response);
        } finally {
            scope.close();
        }
    }
}
