package dev.crmkit.examples.web.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-ins (the form login and HTTP Basic both end here) through a {@link SignInThrottle}:
 * a throttled username and address get {@link SignInThrottledException} before the password is
 * looked at. Each check is counted as a failure before it starts (so a parallel burst gets no more
 * checks than the throttle allows); a wrong password or unknown user leaves it counted, a right one
 * clears the count, and a sign-in that could not be checked (the database is away, the user is
 * disabled) is taken back. The address is the request's remote address, as the authentication's
 * web details carry it (so a proxy's {@code X-Forwarded-For} counts only where Spring's
 * forward-headers strategy applies it). Thread-safe.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        SignInThrottle.Attempt attempt = throttle.begin(username, address);
        try {
            Authentication result = passwords.authenticate(authentication);
            if (result != null) {
                attempt.succeeded();
            } else {
                attempt.unchecked();
            }
            return result;
        } catch (BadCredentialsException e) {
            attempt.failed();
            throw e;
        } catch (RuntimeException e) {
            attempt.unchecked();
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
