package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An adapter measured at the storage SPI, which is what the adapter itself costs: each operation is
 * one {@link UnitOfWork}, committed, as crm-core's services use it, but without their validation
 * and events, which cost the same on every adapter.
 */
final class SpiContactStore implements ContactStore {

    private final CrmStorage storage;

    SpiContactStore(CrmStorage storage) {
        this.storage = storage;
    }

    @Override
    public Contact insert(Contact contact) {
        return inOneUnitOfWork(contacts -> contacts.insert(contact));
    }

    @Override
    public List<Contact> insertAll(List<Contact> contacts) {
        return inOneUnitOfWork(repository -> {
            List<Contact> stored = new ArrayList<>(contacts.size());
            for (Contact contact : contacts) {
                stored.add(repository.insert(contact));
            }
            return stored;
        });
    }

    @Override
    public List<Contact> bulkInsert(List<Contact> contacts) {
        return inOneUnitOfWork(repository -> repository.insertAll(contacts));
    }

    @Override
    public Optional<Contact> findById(long id) {
        return inOneUnitOfWork(contacts -> contacts.findById(id));
    }

    @Override
    public Page<Contact> find(ContactQuery query) {
        return inOneUnitOfWork(contacts -> contacts.find(query));
    }

    @Override
    public void close() {
        storage.close();
    }

    private <T> T inOneUnitOfWork(Function<ContactRepository, T> operation) {
        try (UnitOfWork work = storage.begin()) {
            T result = operation.apply(work.contacts());
            // Reads commit too: the baseline does, and a caller ends every unit of work this way.
            work.commit();
            return result;
        }
    }
}
