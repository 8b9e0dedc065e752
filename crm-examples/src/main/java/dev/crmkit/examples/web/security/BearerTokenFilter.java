package dev.crmkit.examples.web.security;

import dev.crmkit.examples.users.AppUser;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.web.problem.StorageOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes. A bearer
 * header that matches no enabled user's token is answered 401 at once: a wrong credential never
 * falls back to anything else. The authentication lives for the request only (no session).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final AppUsers users;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(AppUsers users, AuthenticationEntryPoint entryPoint) {
        this.users = users;
        this.entryPoint = entryPoint;
    }

    static boolean isBearer(String authorization) {
        return authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !isBearer(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AppUser> user;
        try {
            user = users.findByToken(authorization.substring(SCHEME.length()).strip());
        } catch (DataAccessException e) {
            if (!StorageOutage.isOutage(e)) {
                throw e;
            }
            contexts.clearContext();
            entryPoint.commence(request, response, new AuthenticationServiceException("cannot check the token", e));
            return;
        }
        if (user.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get().username(),
                null,
                List.of(new SimpleGrantedAuthority(user.get().role().authority()))));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
