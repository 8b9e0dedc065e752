package dev.crmkit.agent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the turns and decisions of each conversation within one agent, in arrival order, while
 * different conversations run in parallel. A lock lives only while someone holds or waits for it, so
 * the map does not grow with every conversation ever seen.
 */
final class ConversationLocks {

    private final Map<String, Entry> locks = new ConcurrentHashMap<>();

    /** A fair lock and how many threads hold or wait for it; {@code users} changes only inside {@code compute}. */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    <T> T withLock(String conversationId, Supplier<T> work) {
        Entry entry = locks.compute(conversationId, (id, existing) -> {
            Entry used = existing == null ? new Entry() : existing;
            used.users++;
            return used;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            locks.compute(conversationId, (id, existing) -> --existing.users == 0 ? null : existing);
        }
    }
}
