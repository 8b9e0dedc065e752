package dev.crmkit.examples.web.security;

import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.web.security.WebSecurityProperties.SignInThrottleProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed password sign-ins per (username, client address) and says when that pair must
 * wait: after {@code maxFailures} consecutive failures it is refused for {@code backoff}, which
 * doubles with each failure after a refusal expires, up to {@code maxBackoff}; a success forgets the
 * pair. Keyed by address too, so a stranger guessing elsewhere cannot lock the real user out.
 *
 * <p>Memory is bounded: at most {@code maxKeys} pairs, the one whose last failure is oldest
 * forgotten first, and a pair is forgotten {@code maxBackoff} after its last failure or refusal
 * ends, so invented usernames cannot grow it. Usernames are cut to {@value #MAX_USERNAME}
 * characters (no user has a longer one), so neither can long ones. Thread-safe (one lock; each call
 * does constant work on average).
 */
final class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Usernames are at most 64 characters (see AppUsers); longer ones match nobody, cut to this. */
    static final int MAX_USERNAME = 100;

    private final SignInThrottleProperties settings;
    private final Clock clock;
    // In order of last failure, oldest first: the eldest is the one to evict.
    private final LinkedHashMap<Key, Failures> failures = new LinkedHashMap<>();

    SignInThrottle(SignInThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The whole seconds (at least 1) this username must wait before signing in from this address,
     * or empty when it may try now.
     */
    synchronized OptionalLong retryAfter(String username, String address) {
        Instant now = clock.instant();
        Key key = Key.of(username, address);
        Failures entry = failures.get(key);
        if (entry == null) {
            return OptionalLong.empty();
        }
        if (entry.forgottenAt(settings).compareTo(now) <= 0) {
            failures.remove(key);
            return OptionalLong.empty();
        }
        if (!now.isBefore(entry.refusedUntil)) {
            return OptionalLong.empty();
        }
        long millis = Duration.between(now, entry.refusedUntil).toMillis();
        return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
    }

    /** Records a wrong password (or unknown username); logs a WARN when the pair becomes refused. */
    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        forgetExpired(now);
        Key key = Key.of(username, address);
        Failures entry = failures.remove(key); // put back last: the order is that of last failure
        if (entry == null || entry.forgottenAt(settings).compareTo(now) <= 0) {
            entry = new Failures();
        }
        entry.count++;
        entry.refusedUntil = now;
        if (entry.count >= settings.maxFailures()) {
            Duration backoff = backoff(entry.count - settings.maxFailures());
            entry.refusedUntil = now.plus(backoff);
            log.warn(
                    "Sign-ins of user '{}' from {} refused for {} s after {} consecutive failures",
                    printable(key.username()),
                    key.address(),
                    backoff.toSeconds(),
                    entry.count);
        }
        failures.put(key, entry);
        Iterator<Key> eldest = failures.keySet().iterator();
        while (failures.size() > settings.maxKeys()) {
            eldest.next();
            eldest.remove();
        }
    }

    /** Records a right password: the pair starts afresh. */
    synchronized void succeeded(String username, String address) {
        failures.remove(Key.of(username, address));
    }

    /** How many pairs are remembered. */
    synchronized int size() {
        return failures.size();
    }

    private Duration backoff(int refusalsBefore) {
        Duration backoff = settings.backoff();
        for (int i = 0; i < refusalsBefore && backoff.compareTo(settings.maxBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(settings.maxBackoff()) < 0 ? backoff : settings.maxBackoff();
    }

    /** Drops expired pairs from the old end; one left over behind a live one goes on lookup or eviction. */
    private void forgetExpired(Instant now) {
        Iterator<Map.Entry<Key, Failures>> oldest = failures.entrySet().iterator();
        while (oldest.hasNext()
                && oldest.next().getValue().forgottenAt(settings).compareTo(now) <= 0) {
            oldest.remove();
        }
    }

    /** A username goes to the log as typed by a stranger: without line breaks or other controls. */
    private static String printable(String username) {
        return username.replaceAll("\\p{Cntrl}", "?");
    }

    private record Key(String username, String address) {

        static Key of(String username, String address) {
            String name = AppUsers.normalize(username);
            return new Key(name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name, address);
        }
    }

    private static final class Failures {
        int count;
        Instant refusedUntil = Instant.MIN;

        Instant forgottenAt(SignInThrottleProperties settings) {
            return refusedUntil.plus(settings.maxBackoff());
        }
    }
}
