package dev.crmkit.core.model;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.StaleVersionException;
import org.jspecify.annotations.Nullable;

/** The reference model's optimistic lock: an update naming a version refuses any other. */
final class Versions {

    private Versions() {}

    static void check(String entity, CrmRecord current, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersionException(entity, current.id(), expectedVersion);
        }
    }
}
