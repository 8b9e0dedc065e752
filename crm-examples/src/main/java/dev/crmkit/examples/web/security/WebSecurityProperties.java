package dev.crmkit.examples.web.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crm.web.*} settings.
 *
 * @param adminPassword the password of the {@code admin} user created on the first start (no users
 *     yet), also {@code CRM_WEB_ADMIN_PASSWORD}; without it a random one is generated and logged once
 * @param signInThrottle how failed password sign-ins are slowed down ({@code crm.web.sign-in-throttle.*})
 */
@ConfigurationProperties("crm.web")
public record WebSecurityProperties(
        @Nullable String adminPassword, @DefaultValue SignInThrottleProperties signInThrottle) {

    @Override
    public String toString() {
        return "WebSecurityProperties[adminPassword=" + (adminPassword == null ? "none" : "***") + ", signInThrottle="
                + signInThrottle + "]";
    }

    /**
     * The {@code crm.web.sign-in-throttle.*} settings: failed password sign-ins (form login and HTTP
     * Basic) are counted per lower-cased username and client address.
     *
     * @param maxFailures consecutive failures after which that username from that address is refused
     *     without checking the password, at least 1
     * @param backoff how long the first refusal lasts; it doubles with each failure after one expires
     * @param maxBackoff the longest refusal; also how long after its last refusal (or failure) a
     *     username and address are forgotten
     * @param maxKeys how many usernames and addresses are remembered at most; beyond, one that is not
     *     refused is forgotten (the one whose last failure or refusal ended first), a refused one only
     *     when all are (see the web security package's SignInThrottle)
     * @throws IllegalArgumentException a number below 1, or a back-off that is not positive or above
     *     its maximum
     */
    public record SignInThrottleProperties(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("30s") Duration backoff,
            @DefaultValue("15m") Duration maxBackoff,
            @DefaultValue("10000") int maxKeys) {

        public SignInThrottleProperties {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("crm.web.sign-in-throttle.max-failures must be at least 1");
            }
            if (maxKeys < 1) {
                throw new IllegalArgumentException("crm.web.sign-in-throttle.max-keys must be at least 1");
            }
            if (backoff.isNegative() || backoff.isZero() || backoff.compareTo(maxBackoff) > 0) {
                throw new IllegalArgumentException("crm.web.sign-in-throttle.backoff must be positive and at most"
                        + " crm.web.sign-in-throttle.max-backoff");
            }
        }
    }
}
