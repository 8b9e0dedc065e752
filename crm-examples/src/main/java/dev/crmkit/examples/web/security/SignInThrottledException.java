package dev.crmkit.examples.web.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * A password sign-in refused without checking the password, because this username failed too
 * often from this address (see {@link SignInThrottle}). The message is the sentence for the user.
 */
final class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super("Too many failed sign-ins for this user from this address; try again in " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second." : " seconds."));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** For the {@code Retry-After} header. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
