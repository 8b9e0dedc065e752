package dev.crmkit.core.kernel;

import dev.crmkit.core.Crm;
import java.time.Instant;

/** What every stored aggregate has: a database-issued id, timestamps and an optimistic-lock version. */
public interface CrmRecord {

    /** {@return the id the database issued; positive} */
    long id();

    /** {@return when the record was created, from the {@link Crm}'s clock} */
    Instant createdAt();

    /** {@return when the record was last changed, from the {@link Crm}'s clock} */
    Instant updatedAt();

    /**
     * Incremented by every update; an update based on an older version is refused.
     *
     * @return the long
     */
    long version();
}
