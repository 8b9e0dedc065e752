package dev.crmkit.examples.web.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * A password sign-in refused without checking the password, because this username failed too
 * often from this address, or this address with too many usernames (see {@link SignInThrottle}).
 * The message is the sentence for the user.
 */
final class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    private SignInThrottledException(String tooMany, long retryAfterSeconds) {
        super(tooMany + "; try again in " + retryAfterSeconds + (retryAfterSeconds == 1 ? " second." : " seconds."));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** This username failed too often from this address. */
    static SignInThrottledException forPair(long retryAfterSeconds) {
        return new SignInThrottledException(
                "Too many failed sign-ins for this user from this address", retryAfterSeconds);
    }

    /**
     * This address failed too often, with so many usernames that the throttle can remember no new
     * one until a refusal ends.
     */
    static SignInThrottledException forAddress(long retryAfterSeconds) {
        return new SignInThrottledException("Too many failed sign-ins from this address", retryAfterSeconds);
    }

    /** For the {@code Retry-After} header. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
