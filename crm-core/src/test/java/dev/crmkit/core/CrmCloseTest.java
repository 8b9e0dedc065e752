package dev.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.storage.memory.InMemoryCrmStorage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A closed {@link Crm} says so on every call, whatever its storage would do, and closes the storage once. */
class CrmCloseTest {

    private final AtomicInteger storageCloses = new AtomicInteger();

    private final InMemoryCrmStorage memory = new InMemoryCrmStorage();

    /** A host's adapter that, like the in-memory one, would go on working after close. */
    private final CrmStorage storage = new CrmStorage() {
        @Override
        public UnitOfWork begin() {
            return memory.begin();
        }

        @Override
        public void close() {
            storageCloses.incrementAndGet();
        }
    };

    @Test
    void should_refuse_every_call_after_close_instead_of_working_on() {
        Crm crm = Crm.builder().storage(storage).build();
        crm.contacts().create(NewContact.of("Ada", "Lovelace", "ada@example.com"));

        crm.close();

        assertThatThrownBy(() -> crm.contacts().create(NewContact.of("Grace", "Hopper", "grace@example.com")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this Crm is closed");
        assertThatThrownBy(() -> crm.contacts().find(ContactQuery.all())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> crm.inTransaction(() -> 1)).isInstanceOf(IllegalStateException.class);
        try (UnitOfWork work = memory.begin()) {
            assertThat(work.contacts().findByEmail("grace@example.com")).isEmpty();
        }
    }

    @Test
    void should_close_the_storage_once_however_often_it_is_closed() {
        Crm crm = Crm.builder().storage(storage).build();

        crm.close();
        crm.close();

        assertThat(storageCloses).hasValue(1);
    }
}
