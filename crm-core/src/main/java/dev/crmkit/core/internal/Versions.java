package dev.crmkit.core.internal;

import dev.crmkit.core.ConcurrentModificationException;
import dev.crmkit.core.CrmRecord;
import org.jspecify.annotations.Nullable;

/** The optimistic-lock check every update command shares. */
public final class Versions {

    private Versions() {}

    /** Refuses the change when the caller read an older version than the one stored. */
    public static void require(String entity, CrmRecord current, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ConcurrentModificationException(entity, current.id(), expectedVersion);
        }
    }
}
