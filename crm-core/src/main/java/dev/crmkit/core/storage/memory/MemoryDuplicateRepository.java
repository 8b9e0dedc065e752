package dev.crmkit.core.storage.memory;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.duplicate.DuplicateBlock;
import dev.crmkit.core.duplicate.DuplicateCandidate;
import dev.crmkit.core.duplicate.DuplicateKeys;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.DuplicateReason;
import dev.crmkit.core.storage.DuplicateRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The blocks of likely duplicates over the in-memory tables, keys computed by {@link DuplicateKeys}
 * as the SQL schema's generated columns compute them: the reference the contract kit compares the
 * SQL storages with. Reads every row of the table, which is what an in-memory table costs anyway.
 */
final class MemoryDuplicateRepository implements DuplicateRepository {

    private final InMemoryUnitOfWork work;

    MemoryDuplicateRepository(InMemoryUnitOfWork work) {
        this.work = work;
    }

    @Override
    public List<DuplicateBlock> blocks(
            DuplicateKind kind, DuplicateReason reason, String afterKey, int limit, int membersMax) {
        Stream<DuplicateCandidate> candidates = kind == DuplicateKind.CONTACT
                ? work.read().contacts.values().stream().map(MemoryDuplicateRepository::candidate)
                : work.read().companies.values().stream().map(MemoryDuplicateRepository::candidate);
        TreeMap<String, List<DuplicateCandidate>> byKey = new TreeMap<>();
        // The tables are id-ordered, so each key's members are too.
        candidates.forEach(candidate -> {
            String key = candidate.key(reason);
            if (key != null && key.compareTo(afterKey) > 0) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
            }
        });
        List<DuplicateBlock> blocks = new ArrayList<>();
        for (Map.Entry<String, List<DuplicateCandidate>> entry : byKey.entrySet()) {
            List<DuplicateCandidate> members = entry.getValue();
            if (members.size() > 1 && blocks.size() < limit) {
                blocks.add(new DuplicateBlock(
                        entry.getKey(), members.size(), members.subList(0, Math.min(membersMax, members.size()))));
            }
        }
        return blocks;
    }

    private static DuplicateCandidate candidate(Contact c) {
        return new DuplicateCandidate(
                c.id(),
                DuplicateKeys.email(c.email()),
                DuplicateKeys.phone(c.phone()),
                DuplicateKeys.contactName(c.companyId(), c.firstName(), c.lastName()));
    }

    private static DuplicateCandidate candidate(Company c) {
        return new DuplicateCandidate(
                c.id(), null, DuplicateKeys.phone(c.phone()), DuplicateKeys.companyName(c.name()));
    }
}
