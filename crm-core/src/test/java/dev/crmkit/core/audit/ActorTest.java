package dev.crmkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.storage.memory.InMemoryCrmStorage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new actor must be fit to author writes; a stored one is rebuilt as it was, so audit rows
 * written before the control-character rule still read.
 */
class ActorTest {

    @Test
    void should_rebuild_a_stored_actor_whose_id_a_new_actor_could_not_have() {
        Actor stored = Actor.of("USER", "ada\tlovelace", null);

        assertThat(stored.id()).isEqualTo("ada\tlovelace");
        assertThatThrownBy(stored::requireWritable)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("actor"));
    }

    @Test
    void should_refuse_to_act_as_an_actor_built_with_a_control_character() {
        Actor built = new Actor(ActorKind.AGENT, "conversation-1", Optional.of("ada\u0007"));

        try (Crm crm = Crm.builder().storage(new InMemoryCrmStorage()).build()) {
            assertThatThrownBy(() -> crm.as(built, () -> "never"))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors()).containsKey("onBehalfOf"));
        }
    }
}
