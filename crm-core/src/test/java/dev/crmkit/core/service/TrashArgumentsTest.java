package dev.crmkit.core.service;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.storage.memory.InMemoryCrmStorage;
import dev.crmkit.core.trash.TrashKind;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The trash refuses a missing argument by its name, as the rest of the public API does, and changes nothing. */
class TrashArgumentsTest {

    private final Crm crm = Crm.builder().storage(new InMemoryCrmStorage()).build();

    @AfterEach
    void close() {
        crm.close();
    }

    @Test
    void should_refuse_a_purge_without_a_cutoff_naming_it_and_purge_nothing() {
        long id = trashedContact();

        assertThatThrownBy(() -> crm.trash().purge((Instant) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("olderThan");

        assertThat(crm.trash().find(TrashKind.CONTACT, id)).isPresent();
    }

    @Test
    void should_refuse_to_find_restore_or_purge_an_entry_without_a_kind_naming_it() {
        long id = trashedContact();

        assertThatThrownBy(() -> crm.trash().find(null, id))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> crm.trash().restore(null, id))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> crm.trash().purge(null, id))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");

        assertThat(crm.trash().find(TrashKind.CONTACT, id)).isPresent();
    }

    private long trashedContact() {
        long id = crm.contacts().create(aContact().build()).id();
        crm.contacts().deleteById(id);
        return id;
    }
}
