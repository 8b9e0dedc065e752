package dev.crmkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.agentstate.StoredMessage;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.service.AgentStateService;
import dev.crmkit.core.storage.UnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Agent state through the storage SPI: what one instance stores, any instance over the same
 * storage reads; a pending action is taken once even when two callers take it at once; retention
 * bounds what an owner keeps.
 */
public abstract class AgentStateContract extends ContractTest {

    /** Only a guard against a hung database; no test is expected to come near it. */
    private static final long HANG_GUARD_SECONDS = 60;

    private AgentStateService agent() {
        return crm().agentState();
    }

    private StoredAction anAction(String conversationId, String id, String status) {
        return new StoredAction(
                id, conversationId, "alice", clock().instant(), "delete_contact", "{\"id\":7}", status, null, null);
    }

    @Test
    void should_read_nothing_for_an_unknown_conversation() {
        assertThat(agent().memory("nope")).isEmpty();
        assertThat(agent().history("nope")).isEmpty();
        assertThat(agent().takeNotes("nope")).isEmpty();
        assertThat(agent().pending("nope")).isEmpty();
        assertThat(agent().takePending("nope", "act-1")).isEmpty();
        assertThat(agent().actions("nope")).isEmpty();
    }

    @Test
    void should_keep_memory_history_and_notes_of_a_conversation() {
        String memory = "[{\"type\":\"USER\",\"text\":\"" + "é😀".repeat(20_000) + "\"}]";

        agent().saveMemory("alice", "c1", "[]");
        agent().saveMemory("alice", "c1", memory);
        agent().addHistory("alice", "c1", new StoredMessage("USER", "hello", clock().instant()));
        clock().advance(Duration.ofSeconds(1));
        agent().addHistory("alice", "c1", new StoredMessage("ASSISTANT", "hi 😀", clock().instant()));
        agent().addNote("alice", "c1", "the user confirmed delete_contact");
        agent().addNote("alice", "c1", "the user rejected delete_deal");

        assertThat(agent().memory("c1")).contains(memory);
        assertThat(agent().history("c1"))
                .containsExactly(
                        new StoredMessage("USER", "hello", clock().instant().minusSeconds(1)),
                        new StoredMessage("ASSISTANT", "hi 😀", clock().instant()));
        assertThat(agent().takeNotes("c1"))
                .containsExactly("the user confirmed delete_contact", "the user rejected delete_deal");
        assertThat(agent().takeNotes("c1")).isEmpty();
    }

    @Test
    void should_take_a_pending_action_once_and_only_from_its_conversation() {
        StoredAction first = anAction("c1", "act-1", "PENDING");
        StoredAction second = anAction("c1", "act-2", "PENDING");
        agent().addPending(first);
        agent().addPending(second);

        assertThat(agent().pending("c1")).containsExactly(first, second);
        assertThat(agent().takePending("c2", "act-1")).isEmpty();
        assertThat(agent().takePending("c1", "act-1")).contains(first);
        assertThat(agent().takePending("c1", "act-1")).isEmpty();
        assertThat(agent().pending("c1")).containsExactly(second);
    }

    @Test
    void should_give_a_pending_action_to_exactly_one_of_two_concurrent_takers() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = "act-race-" + round;
            agent().addPending(anAction("c1", id, "PENDING"));
            CyclicBarrier start = new CyclicBarrier(2);

            List<Object> outcomes = race(() -> {
                start.await();
                return agent().takePending("c1", id);
            });

            assertThat(outcomes)
                    .filteredOn(o -> o instanceof Optional<?> taken && taken.isPresent())
                    .hasSize(1);
            // The loser gets nothing, or (a database that gave up waiting for the row) a retryable error.
            assertThat(outcomes)
                    .filteredOn(o -> !(o instanceof Optional<?> taken && taken.isPresent()))
                    .singleElement()
                    .satisfies(o -> assertThat(Optional.empty().equals(o) || o instanceof RetryableTransactionException)
                            .as("the loser's outcome: %s", o)
                            .isTrue());
        }
    }

    @Test
    void should_not_give_a_pending_action_taken_in_an_uncommitted_transaction_to_another() throws Exception {
        agent().addPending(anAction("c1", "act-1", "PENDING"));

        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (UnitOfWork first = ctx().storage().begin()) {
            assertThat(first.agentConversations().takePending("c1", "act-1")).isPresent();
            Future<Optional<StoredAction>> second = thread.submit(() -> {
                try (UnitOfWork work = ctx().storage().begin()) {
                    Optional<StoredAction> taken = work.agentConversations().takePending("c1", "act-1");
                    work.commit();
                    return taken;
                }
            });
            first.commit();

            assertThat(second.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isEmpty();
        } finally {
            thread.shutdownNow();
        }
        assertThat(agent().pending("c1")).isEmpty();
    }

    @Test
    void should_forget_a_deleted_conversation_but_keep_its_action_log() {
        agent().saveMemory("alice", "c1", "[1]");
        agent().addHistory("alice", "c1", new StoredMessage("USER", "hello", clock().instant()));
        agent().addNote("alice", "c1", "a note");
        agent().addPending(anAction("c1", "act-1", "PENDING"));
        agent().record(anAction("c1", "act-1", "PENDING"));

        agent().delete("c1");
        agent().delete("c1");

        assertThat(agent().memory("c1")).isEmpty();
        assertThat(agent().history("c1")).isEmpty();
        assertThat(agent().takeNotes("c1")).isEmpty();
        assertThat(agent().pending("c1")).isEmpty();
        assertThat(agent().actions("c1")).extracting(StoredAction::id).containsExactly("act-1");
    }

    @Test
    void should_log_each_action_once_in_its_latest_state_in_the_order_first_recorded() {
        StoredAction executed = anAction("c1", "act-2", "EXECUTED");
        agent().record(anAction("c1", "act-1", "PENDING"));
        agent().record(executed);
        agent().record(anAction("c2", "act-3", "EXECUTED"));
        clock().advance(Duration.ofMinutes(1));
        StoredAction confirmed = new StoredAction(
                "act-1",
                "c1",
                "alice",
                clock().instant(),
                "delete_contact",
                "{\"id\":7}",
                "CONFIRMED",
                "{\"ok\":true}",
                null);
        agent().record(confirmed);

        assertThat(agent().actions("c1")).containsExactly(confirmed, executed);
    }

    @Test
    void should_let_a_conversation_be_claimed_by_its_first_owner_only() {
        assertThat(agent().owner("claimed")).isEmpty();

        boolean aliceClaims = agent().claim("alice", "claimed");
        agent().addHistory("assistant-app", "claimed", new StoredMessage("USER", "hello", clock().instant()));
        boolean bobClaims = agent().claim("bob", "claimed");
        boolean aliceAgain = agent().claim("alice", "claimed");

        assertThat(aliceClaims).isTrue();
        assertThat(bobClaims).isFalse();
        assertThat(aliceAgain).isTrue();
        assertThat(agent().owner("claimed")).contains("alice");
        assertThat(agent().memory("claimed")).contains("[]");
        assertThat(agent().history("claimed")).extracting(StoredMessage::text).containsExactly("hello");
    }

    @Test
    void should_apply_the_owners_retention_to_a_claimed_conversation() {
        AgentStateService bounded = boundedAgent(new AgentRetention(1, 10, 10, Duration.ofDays(1)));
        bounded.claim("carol", "first");
        clock().advance(Duration.ofMinutes(1));

        bounded.claim("carol", "second");

        assertThat(bounded.owner("first")).isEmpty();
        assertThat(bounded.owner("second")).contains("carol");
    }

    @Test
    void should_keep_an_owners_newest_conversations_within_the_retention() {
        AgentStateService bounded = boundedAgent(new AgentRetention(2, 2, 3, Duration.ofDays(1)));
        for (String id : List.of("c1", "c2", "c3")) {
            bounded.saveMemory("alice", id, "[]");
            clock().advance(Duration.ofMinutes(1));
        }
        bounded.saveMemory("bob", "b1", "[]");
        for (int i = 1; i <= 3; i++) {
            bounded.addHistory("bob", "b1", new StoredMessage("USER", "m" + i, clock().instant()));
        }

        assertThat(bounded.memory("c1")).isEmpty();
        assertThat(bounded.memory("c2")).isPresent();
        assertThat(bounded.memory("c3")).isPresent();
        assertThat(bounded.history("b1")).extracting(StoredMessage::text).containsExactly("m2", "m3");
    }

    @Test
    void should_drop_conversations_and_actions_older_than_the_retention() {
        AgentStateService bounded = boundedAgent(new AgentRetention(10, 10, 3, Duration.ofDays(1)));
        bounded.saveMemory("alice", "old", "[]");
        bounded.record(anAction("old", "act-old", "EXECUTED"));
        clock().advance(Duration.ofDays(2));

        bounded.saveMemory("alice", "new", "[]");
        for (int i = 1; i <= 4; i++) {
            bounded.record(anAction("new", "act-" + i, "EXECUTED"));
        }

        assertThat(bounded.memory("old")).isEmpty();
        assertThat(bounded.memory("new")).isPresent();
        assertThat(bounded.actions("old")).isEmpty();
        assertThat(bounded.actions("new")).extracting(StoredAction::id).containsExactly("act-2", "act-3", "act-4");
    }

    @Test
    void should_refuse_a_blank_owner_and_an_overlong_conversation_id() {
        assertThatThrownBy(() -> agent().saveMemory(" ", "c1", "[]"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("owner"));
        assertThatThrownBy(() -> agent().saveMemory("alice", "c".repeat(101), "[]"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("conversationId"));
    }

    @Test
    void should_refuse_an_owner_or_a_conversation_id_with_control_characters() {
        assertThatThrownBy(() -> agent().saveMemory("alice\u0000", "c1", "[]"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("owner"));
        assertThatThrownBy(() -> agent().saveMemory("alice", "c\u001b[2J", "[]"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("conversationId"));
        assertThat(agent().memory("c\u001b[2J")).isEmpty();
    }

    /** Another facade over the same storage and clock; not closed, since closing would close the storage. */
    @SuppressWarnings("resource")
    private AgentStateService boundedAgent(AgentRetention retention) {
        return Crm.builder()
                .storage(ctx().storage())
                .clock(clock())
                .agentRetention(retention)
                .build()
                .agentState();
    }

    private static List<Object> race(java.util.concurrent.Callable<?> taker) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = List.of(threads.submit(taker), threads.submit(taker));
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    @Nullable Object outcome = future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                    outcomes.add(outcome == null ? Optional.empty() : outcome);
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a concurrent take hung", e);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
