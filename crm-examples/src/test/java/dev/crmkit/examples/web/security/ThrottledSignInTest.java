package dev.crmkit.examples.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.examples.web.security.WebSecurityProperties.SignInThrottleProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The throttle in front of the password check: how many checks a parallel burst gets. The users are
 * looked up by a {@link UserDetailsService} that holds every lookup until the whole burst has either
 * reached it or waits in the throttle, so the checks overlap as a parallel burst's do.
 */
class ThrottledSignInTest {

    private static final int BURST = 12;

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottleProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 10_000), clock);
    private final CountDownLatch looked = new CountDownLatch(5);
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void should_check_no_more_passwords_than_allowed_failures_in_a_parallel_burst() throws Exception {
        AuthenticationProvider signIn = new ThrottledSignIn(passwords(), throttle);
        ExecutorService threads = Executors.newFixedThreadPool(BURST);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < BURST; i++) {
                outcomes.add(threads.submit(() -> attempt(signIn, "wrong")));
            }
            awaitBurst();
            gate.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get(1, TimeUnit.MINUTES));
            }

            assertThat(lookups).hasValue(5);
            assertThat(answers.stream().filter("wrong password"::equals)).hasSize(5);
            assertThat(answers.stream().filter("throttled"::equals)).hasSize(BURST - 5);
        } finally {
            gate.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void should_let_every_right_password_of_a_parallel_burst_through() throws Exception {
        AuthenticationProvider signIn = new ThrottledSignIn(passwords(), throttle);
        ExecutorService threads = Executors.newFixedThreadPool(BURST);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < BURST; i++) {
                outcomes.add(threads.submit(() -> attempt(signIn, "right")));
            }
            awaitBurst();
            gate.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get(1, TimeUnit.MINUTES));
            }

            assertThat(answers).containsOnly("signed in");
            assertThat(lookups).hasValue(BURST);
        } finally {
            gate.countDown();
            threads.shutdownNow();
        }
    }

    /** Waits until five attempts are at the password check and the rest of the burst waits in the throttle. */
    private void awaitBurst() throws InterruptedException {
        assertThat(looked.await(1, TimeUnit.MINUTES))
                .as("five checks under way")
                .isTrue();
        while (throttle.waiting() < BURST - 5) {
            Thread.sleep(10);
        }
    }

    /** One sign-in as anna: what became of it. */
    private String attempt(AuthenticationProvider signIn, String password) {
        try {
            signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("anna", password));
            return "signed in";
        } catch (SignInThrottledException e) {
            return "throttled";
        } catch (BadCredentialsException e) {
            return "wrong password";
        } catch (AuthenticationException e) {
            return e.toString();
        }
    }

    /** Spring Security's password check over a user store that holds each lookup at the gate. */
    private AuthenticationProvider passwords() {
        UserDetailsService users = username -> {
            lookups.incrementAndGet();
            looked.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return User.withUsername(username)
                    .password("{noop}right")
                    .authorities("ROLE_USER")
                    .build();
        };
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return passwords;
    }
}
