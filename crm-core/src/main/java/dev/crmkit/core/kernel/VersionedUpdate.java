package dev.crmkit.core.kernel;

import org.jspecify.annotations.Nullable;

/** A partial update of a record that may name the version it was based on (optimistic locking). */
public interface VersionedUpdate {

    /**
     * {@return the version the caller read; {@code null} to update whatever version is stored} An
     * update whose version is stale is refused with a {@link StaleVersionException}.
     */
    @Nullable
    Long expectedVersion();
}
