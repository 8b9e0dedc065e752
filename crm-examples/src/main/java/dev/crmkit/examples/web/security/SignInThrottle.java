package dev.crmkit.examples.web.security;

import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.web.security.WebSecurityProperties.SignInThrottleProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed password sign-ins per (username, client address) and says when that pair must
 * wait: after {@code maxFailures} consecutive failures it is refused for {@code backoff}, which
 * doubles with each failure after a refusal expires, up to {@code maxBackoff}; a success forgets the
 * pair. Keyed by address too, so a stranger guessing elsewhere cannot lock the real user out.
 *
 * <p>Attempts in flight count against the failures still allowed ({@link #begin}): a pair with
 * {@code maxFailures - failures} checks under way makes a further attempt wait for one of them to end
 * (once refused, one at a time). A wrong password counts; a right one clears the pair, so the waiting
 * attempts go on; one that could not be checked counts as nothing. So a parallel burst of wrong
 * passwords gets at most {@code maxFailures} checks, not one per request, and a burst of right ones
 * (a client's parallel Basic requests) all get through.
 *
 * <p>Memory is bounded: at most {@code maxKeys} pairs, and a pair is forgotten {@code maxBackoff}
 * after its last failure or refusal ends. When full, the pair forgotten to make room is one that is
 * not refused now (the one whose last failure or refusal ended first), so failing with invented
 * usernames cannot push out a refused pair. Only when every pair kept is refused does a new pair
 * need a refused one's place: from an address that already has a pair kept, it is refused (until
 * the first refusal ends), as that address is among those filling the memory; from any other address it
 * takes the place of the refusal that ends first, so a flood from one address locks out nobody
 * else, and an address can push out a refusal only while it has no pair kept itself. Usernames are
 * cut to {@value #MAX_USERNAME} characters (no user has a longer one), so neither can long ones.
 * Thread-safe (one lock; each call does logarithmic work).
 */
final class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Usernames are at most 64 characters (see AppUsers); longer ones match nobody, cut to this. */
    static final int MAX_USERNAME = 100;

    private final SignInThrottleProperties settings;
    private final Clock clock;
    private final Map<Key, Failures> failures = new HashMap<>();
    // Every pair by when its refusal ends (its last failure, if it is not refused): those not refused
    // now come first, and those to forget first of all.
    private final TreeSet<Failures> byRefusalEnd = new TreeSet<>(
            Comparator.comparing((Failures entry) -> entry.refusedUntil).thenComparingLong(entry -> entry.updated));
    private final Map<String, Integer> pairsByAddress = new HashMap<>();
    private long updates;
    private int waiting;

    /** The longest an attempt waits for the checks in flight of its pair to end. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    SignInThrottle(SignInThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The whole seconds (at least 1) this username must wait before signing in from this address,
     * or empty when it may try now: what {@link #begin} would refuse with, without counting.
     */
    synchronized OptionalLong retryAfter(String username, String address) {
        Instant now = clock.instant();
        forgetExpired(now);
        Key key = Key.of(username, address);
        Failures entry = failures.get(key);
        Instant until = entry != null ? entry.refusedUntil : noRoomUntil(key, now);
        return now.isBefore(until) ? OptionalLong.of(seconds(now, until)) : OptionalLong.empty();
    }

    /**
     * Lets one password check of this username from this address through, once the checks under way
     * leave room for it: the caller settles it with the {@link Attempt}'s methods.
     *
     * @throws SignInThrottledException the pair is refused now (or, the memory being full of refused
     *     pairs, this address may start no new one): the password must not be checked
     */
    synchronized Attempt begin(String username, String address) {
        Key key = Key.of(username, address);
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            Instant now = clock.instant();
            forgetExpired(now);
            Failures entry = failures.get(key);
            if (entry == null || now.isBefore(entry.refusedUntil) || entry.inFlight < entry.room(settings)) {
                return start(key, entry, now);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw SignInThrottledException.forPair(1);
            }
            waiting++;
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SignInThrottledException.forPair(1);
            } finally {
                waiting--;
            }
        }
    }

    /** How many attempts wait for their pair's checks under way (for tests). */
    synchronized int waiting() {
        return waiting;
    }

    private Attempt start(Key key, @Nullable Failures found, Instant now) {
        Failures entry = found;
        if (entry == null) {
            Instant noRoom = noRoomUntil(key, now);
            if (now.isBefore(noRoom)) {
                throw SignInThrottledException.forAddress(seconds(now, noRoom));
            }
            while (failures.size() >= settings.maxKeys()) {
                forget(byRefusalEnd.first());
            }
            entry = new Failures(key);
            failures.put(key, entry);
            pairsByAddress.merge(key.address(), 1, Integer::sum);
        } else if (now.isBefore(entry.refusedUntil)) {
            throw SignInThrottledException.forPair(seconds(now, entry.refusedUntil));
        } else {
            byRefusalEnd.remove(entry);
        }
        entry.inFlight++;
        if (entry.refusedUntil.isBefore(now)) {
            entry.refusedUntil = now; // kept at least maxBackoff from now, while the check is under way
        }
        entry.updated = ++updates;
        byRefusalEnd.add(entry);
        return new Attempt(entry);
    }

    /** How many pairs are remembered. */
    synchronized int size() {
        return failures.size();
    }

    /** One password check let through by {@link #begin}, under way until settled. Settle it once; thread-safe. */
    final class Attempt {

        private final Failures entry;

        private Attempt(Failures entry) {
            this.entry = entry;
        }

        /** A right password: the pair starts afresh, and the attempts waiting for it go on. */
        void succeeded() {
            synchronized (SignInThrottle.this) {
                if (failures.get(entry.key) == entry) {
                    forget(entry);
                }
                SignInThrottle.this.notifyAll();
            }
        }

        /** A wrong password (or unknown user): it counts; logs a WARN if it refused the pair. */
        void failed() {
            Duration refusal;
            int count;
            synchronized (SignInThrottle.this) {
                entry.inFlight--;
                count = ++entry.count;
                refusal = count >= settings.maxFailures() ? backoff(count - settings.maxFailures()) : Duration.ZERO;
                if (failures.get(entry.key) == entry) {
                    byRefusalEnd.remove(entry);
                    Instant until = clock.instant().plus(refusal);
                    if (until.isAfter(entry.refusedUntil)) {
                        entry.refusedUntil = until;
                    }
                    entry.updated = ++updates;
                    byRefusalEnd.add(entry);
                }
                SignInThrottle.this.notifyAll();
            }
            if (!refusal.isZero()) {
                log.warn(
                        "Sign-ins of user '{}' from {} refused for {} s after {} consecutive failures",
                        printable(entry.key.username()),
                        entry.key.address(),
                        refusal.toSeconds(),
                        count);
            }
        }

        /** The password could not be checked (the user store is away): it counts as nothing. */
        void unchecked() {
            synchronized (SignInThrottle.this) {
                entry.inFlight--;
                if (failures.get(entry.key) == entry && entry.count == 0 && entry.inFlight == 0) {
                    forget(entry);
                }
                SignInThrottle.this.notifyAll();
            }
        }
    }

    /**
     * Until when a new pair must wait for room: never (the past) unless the memory is full, every pair
     * in it is refused, and the pair's address already has one of them.
     */
    private Instant noRoomUntil(Key key, Instant now) {
        if (failures.size() < settings.maxKeys()) {
            return Instant.MIN;
        }
        Instant firstRefusalEnd = byRefusalEnd.first().refusedUntil;
        return now.isBefore(firstRefusalEnd) && pairsByAddress.containsKey(key.address())
                ? firstRefusalEnd
                : Instant.MIN;
    }

    private Duration backoff(int refusalsBefore) {
        Duration backoff = settings.backoff();
        for (int i = 0; i < refusalsBefore && backoff.compareTo(settings.maxBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(settings.maxBackoff()) < 0 ? backoff : settings.maxBackoff();
    }

    /** Drops the pairs due to be forgotten, which come first by the end of their refusal. */
    private void forgetExpired(Instant now) {
        while (!byRefusalEnd.isEmpty()
                && byRefusalEnd.first().forgottenAt(settings).compareTo(now) <= 0) {
            forget(byRefusalEnd.first());
        }
    }

    private void forget(Failures entry) {
        byRefusalEnd.remove(entry);
        failures.remove(entry.key);
        pairsByAddress.computeIfPresent(entry.key.address(), (address, n) -> n == 1 ? null : n - 1);
    }

    private static long seconds(Instant now, Instant until) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
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
        final Key key;
        int count;
        int inFlight;
        Instant refusedUntil = Instant.MIN;
        long updated;

        Failures(Key key) {
            this.key = key;
        }

        /** How many checks may be under way at once: the failures still allowed, one once refused. */
        int room(SignInThrottleProperties settings) {
            return Math.max(1, settings.maxFailures() - count);
        }

        Instant forgottenAt(SignInThrottleProperties settings) {
            return refusedUntil.plus(settings.maxBackoff());
        }
    }
}
