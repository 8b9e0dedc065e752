package dev.crmkit.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatchTest {

    @Test
    void should_tell_unchanged_clear_and_set_apart() {
        assertThat(Patch.<String>unchanged().applyTo("old")).isEqualTo("old");
        assertThat(Patch.<String>clear().applyTo("old")).isNull();
        assertThat(Patch.set("new").applyTo("old")).isEqualTo("new");
        assertThat(Patch.setOrClear(null)).isEqualTo(Patch.clear());
        assertThat(Patch.unchanged().isPresent()).isFalse();
        assertThat(Patch.clear().isPresent()).isTrue();
    }

    @Test
    void should_map_only_a_set_value() {
        assertThat(Patch.set("a").map(String::toUpperCase)).isEqualTo(Patch.set("A"));
        assertThat(Patch.<String>clear().map(String::toUpperCase)).isEqualTo(Patch.clear());
        assertThat(Patch.<String>unchanged().map(String::toUpperCase)).isEqualTo(Patch.unchanged());
    }
}
