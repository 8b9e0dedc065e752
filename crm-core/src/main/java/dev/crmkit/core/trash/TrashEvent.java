package dev.crmkit.core.trash;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/**
 * What happened in the trash. A delete publishes its aggregate's deleted event and a {@link
 * Trashed}; a restore publishes {@link Restored} (and an updated event per record it re-attached);
 * a purge publishes {@link Purged} per entry.
 */
public sealed interface TrashEvent extends CrmEvent {

    /** {@return the kind of the record concerned} */
    TrashKind kind();

    @Override
    default String entity() {
        return kind().code();
    }

    /** A deleted record was moved to the trash. */
    record Trashed(TrashKind kind, long entityId, Instant occurredAt) implements TrashEvent {}

    /** A record was restored from the trash with its id, with what its delete had cascaded. */
    record Restored(TrashKind kind, long entityId, Instant occurredAt) implements TrashEvent {}

    /** A record was purged from the trash: it can no longer be restored. */
    record Purged(TrashKind kind, long entityId, Instant occurredAt) implements TrashEvent {}
}
