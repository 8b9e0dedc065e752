package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.contact.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New contacts for the insert benchmarks. Each is a copy of one of a thousand {@link SampleContacts}
 * with its own email ({@code <local>.<tag>-<counter>@<domain>}), so making one costs a string
 * concatenation and a record: next to nothing beside an insert, and the same for every storage.
 * Thread-safe.
 */
final class FreshContacts {

    private static final int TEMPLATES = 1_000;

    private final Contact[] templates = new Contact[TEMPLATES];
    private final String[] localParts = new String[TEMPLATES];
    private final String[] domains = new String[TEMPLATES];
    private final AtomicLong counter = new AtomicLong();

    /**
     * @param tag goes into every email between a {@code .} and a {@code -}; no seeded email has a {@code -}
     *     before its {@code @}, so these never clash with them
     */
    FreshContacts(String tag) {
        for (int i = 0; i < TEMPLATES; i++) {
            Contact template = SampleContacts.contact(i);
            int at = template.email().indexOf('@');
            templates[i] = template;
            localParts[i] = template.email().substring(0, at) + "." + tag + "-";
            domains[i] = template.email().substring(at);
        }
    }

    Contact next() {
        long n = counter.getAndIncrement();
        int i = (int) (n % TEMPLATES);
        Contact t = templates[i];
        return new Contact(
                0,
                t.firstName(),
                t.lastName(),
                localParts[i] + n + domains[i],
                t.phone(),
                t.company(),
                t.position(),
                t.notes(),
                t.createdAt(),
                t.updatedAt(),
                0);
    }

    List<Contact> next(int count) {
        List<Contact> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            contacts.add(next());
        }
        return contacts;
    }
}
