package dev.crmkit.examples.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.examples.web.security.WebSecurityProperties.SignInThrottleProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The counting behind the sign-in throttle: when a username and address wait, and how much it remembers. */
class SignInThrottleTest {

    private static final String HOME = "192.0.2.1";
    private static final String ATTACKER = "203.0.113.9";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final SignInThrottle throttle = throttle(5, 10_000);

    @Test
    void should_refuse_after_five_failures_for_thirty_seconds_then_let_the_user_try_again() {
        fail("anna", HOME, 4);
        OptionalLong afterFour = throttle.retryAfter("anna", HOME);
        fail("anna", HOME, 1);

        assertThat(afterFour).isEmpty();
        assertThat(throttle.retryAfter("anna", HOME)).hasValue(30);
        clock.advance(Duration.ofSeconds(29).plusMillis(500));
        assertThat(throttle.retryAfter("anna", HOME)).hasValue(1);
        clock.advance(Duration.ofMillis(500));
        assertThat(throttle.retryAfter("anna", HOME)).isEmpty();
    }

    @Test
    void should_double_the_wait_with_each_failure_after_a_refusal_up_to_fifteen_minutes() {
        fail("anna", HOME, 5);
        long[] waits = new long[7];
        for (int i = 0; i < waits.length; i++) {
            clock.advance(Duration.ofSeconds(throttle.retryAfter("anna", HOME).orElseThrow()));
            fail("anna", HOME, 1);
            waits[i] = throttle.retryAfter("anna", HOME).orElseThrow();
        }

        assertThat(waits).containsExactly(60, 120, 240, 480, 900, 900, 900);
    }

    @Test
    void should_start_afresh_after_a_success() {
        fail("anna", HOME, 4);
        throttle.begin("anna", HOME).succeeded();
        fail("anna", HOME, 4);

        assertThat(throttle.retryAfter("anna", HOME)).isEmpty();
        assertThat(throttle.size()).isEqualTo(1);
    }

    @Test
    void should_key_by_the_username_as_looked_up_and_by_the_address() {
        fail(" Anna", HOME, 3);
        fail("ANNA ", HOME, 2);

        assertThat(throttle.retryAfter("anna", HOME)).hasValue(30);
        assertThat(throttle.retryAfter("anna", "198.51.100.7")).isEmpty();
        assertThat(throttle.retryAfter("bert", HOME)).isEmpty();
    }

    @Test
    void should_forget_a_username_and_address_fifteen_minutes_after_its_refusal_ends() {
        fail("anna", HOME, 5);
        clock.advance(Duration.ofSeconds(30).plusMinutes(15));
        fail("anna", HOME, 1);

        assertThat(throttle.retryAfter("anna", HOME))
                .as("a first failure again")
                .isEmpty();
    }

    @Test
    void should_remember_at_most_max_keys_forgetting_the_oldest_failure_first() {
        SignInThrottle small = throttle(2, 3);
        for (int i = 0; i < 1_000; i++) {
            fail(small, "invented-" + i, HOME, 1);
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(small.size()).isEqualTo(3);
        fail(small, "invented-997", HOME, 1);
        fail(small, "invented-996", HOME, 1);
        assertThat(small.retryAfter("invented-997", HOME))
                .as("its second failure")
                .isPresent();
        assertThat(small.retryAfter("invented-996", HOME))
                .as("a first failure again")
                .isEmpty();
    }

    @Test
    void should_hold_a_check_beyond_max_failures_until_those_under_way_fail_then_refuse_it() throws Exception {
        List<SignInThrottle.Attempt> underWay = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            underWay.add(throttle.begin("anna", HOME));
        }
        CompletableFuture<String> sixth = beginAside("anna");
        awaitWaiting(1);

        underWay.forEach(SignInThrottle.Attempt::failed);

        assertThat(sixth.get(1, TimeUnit.MINUTES))
                .isEqualTo("Too many failed sign-ins for this user from this address; try again in 30 seconds.");
    }

    @Test
    void should_let_a_held_check_through_once_one_under_way_succeeds() throws Exception {
        List<SignInThrottle.Attempt> underWay = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            underWay.add(throttle.begin("anna", HOME));
        }
        CompletableFuture<String> sixth = beginAside("anna");
        awaitWaiting(1);

        underWay.get(0).succeeded();

        assertThat(sixth.get(1, TimeUnit.MINUTES)).isEqualTo("began");
    }

    /** {@link SignInThrottle#begin} on another thread: "began", or the refusal's message. */
    private CompletableFuture<String> beginAside(String username) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                throttle.begin(username, HOME);
                return "began";
            } catch (SignInThrottledException e) {
                return e.getMessage();
            }
        });
    }

    private void awaitWaiting(int attempts) throws InterruptedException {
        while (throttle.waiting() < attempts) {
            Thread.sleep(10);
        }
    }

    @Test
    void should_count_nothing_for_checks_that_could_not_be_made_not_even_the_refusal_they_started() {
        fail("anna", HOME, 3);
        SignInThrottle.Attempt fourth = throttle.begin("anna", HOME);
        SignInThrottle.Attempt fifth = throttle.begin("anna", HOME);
        fifth.unchecked();
        fourth.unchecked();
        OptionalLong afterOutage = throttle.retryAfter("anna", HOME);
        fail("anna", HOME, 1);
        OptionalLong afterFour = throttle.retryAfter("anna", HOME);
        fail("anna", HOME, 1);

        assertThat(afterOutage).isEmpty();
        assertThat(afterFour).isEmpty();
        assertThat(throttle.retryAfter("anna", HOME)).hasValue(30);
    }

    @Test
    void should_forget_a_pair_whose_only_check_could_not_be_made() {
        throttle.begin("anna", HOME).unchecked();

        assertThat(throttle.size()).isZero();
    }

    @Test
    void should_keep_a_refused_pair_when_invented_usernames_fill_the_memory() {
        SignInThrottle small = throttle(5, 3);
        fail(small, "anna", ATTACKER, 5);
        for (int i = 0; i < 1_000; i++) {
            fail(small, "invented-" + i, ATTACKER, 1);
        }

        assertThat(small.retryAfter("anna", ATTACKER)).hasValue(30);
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.retryAfter("invented-999", ATTACKER)).isEmpty();
    }

    @Test
    void should_refuse_a_new_pair_from_an_address_whose_refused_pairs_fill_the_memory() {
        SignInThrottle small = fullOfRefusalsFromTheAttacker();

        fail(small, "dave", ATTACKER, 1);

        assertThat(small.retryAfter("anna", ATTACKER)).as("still refused").hasValue(29);
        assertThat(small.retryAfter("dave", ATTACKER))
                .as("until the first refusal ends and frees a place")
                .hasValue(29);
        assertThatThrownBy(() -> small.begin("dave", ATTACKER))
                .hasMessage("Too many failed sign-ins from this address; try again in 29 seconds.");
        assertThat(small.size()).isEqualTo(3);
    }

    @Test
    void should_let_an_address_without_remembered_pairs_take_the_place_of_the_refusal_ending_first() {
        SignInThrottle small = fullOfRefusalsFromTheAttacker();

        fail(small, "dave", HOME, 1);

        assertThat(small.retryAfter("dave", HOME)).as("counted").hasValue(30);
        assertThat(small.retryAfter("bert", ATTACKER)).hasValue(30);
        assertThat(small.retryAfter("carl", ATTACKER)).hasValue(30);
        assertThat(small.size()).as("anna's refusal, ending first, forgotten").isEqualTo(3);
    }

    @Test
    void should_drop_expired_keys_without_waiting_for_the_limit() {
        fail("anna", HOME, 1);
        fail("bert", HOME, 1);
        clock.advance(Duration.ofMinutes(15));
        fail("carl", HOME, 1);

        assertThat(throttle.size()).isEqualTo(1);
    }

    @Test
    void should_count_a_username_beyond_any_real_ones_length_by_its_beginning() {
        String longName = "x".repeat(SignInThrottle.MAX_USERNAME);

        fail(longName + "a", HOME, 3);
        fail(longName + "b", HOME, 2);

        assertThat(throttle.retryAfter(longName + "c", HOME)).hasValue(30);
        assertThat(throttle.size()).isEqualTo(1);
    }

    /** Room for 3 pairs, all the attacker's and refused: anna's refusal ends a second before the others'. */
    private SignInThrottle fullOfRefusalsFromTheAttacker() {
        SignInThrottle small = throttle(1, 3);
        fail(small, "anna", ATTACKER, 1);
        clock.advance(Duration.ofSeconds(1));
        fail(small, "bert", ATTACKER, 1);
        fail(small, "carl", ATTACKER, 1);
        return small;
    }

    private SignInThrottle throttle(int maxFailures, int maxKeys) {
        return new SignInThrottle(
                new SignInThrottleProperties(maxFailures, Duration.ofSeconds(30), Duration.ofMinutes(15), maxKeys),
                clock);
    }

    private void fail(String username, String address, int times) {
        fail(throttle, username, address, times);
    }

    /** Sign-ins with a wrong password, each refused or counted as a failure. */
    private static void fail(SignInThrottle throttle, String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            try {
                throttle.begin(username, address).failed();
            } catch (SignInThrottledException refused) {
                // refused before its password was checked: nothing more to count
            }
        }
    }
}
