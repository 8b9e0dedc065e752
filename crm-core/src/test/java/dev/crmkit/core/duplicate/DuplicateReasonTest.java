package dev.crmkit.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reason's code is what the API and the CLI accept, and the list of them is what their errors name. */
class DuplicateReasonTest {

    @Test
    void should_list_every_code_in_order_and_read_each_back_ignoring_case() {
        assertThat(DuplicateReason.codes()).isEqualTo("same_email, same_phone, similar_name");
        for (DuplicateReason reason : DuplicateReason.values()) {
            assertThat(DuplicateReason.ofCode(" " + reason.code().toUpperCase(java.util.Locale.ROOT) + " "))
                    .contains(reason);
        }
        assertThat(DuplicateReason.ofCode("same_name")).isEmpty();
    }
}
