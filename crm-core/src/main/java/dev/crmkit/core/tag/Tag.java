package dev.crmkit.core.tag;

import java.time.Instant;
import java.util.Objects;

/**
 * A label records carry. Its name is unique ignoring letter case: "VIP" and "vip" are one tag.
 *
 * @param id database-issued id
 * @param name as first written (or last renamed), normalized by {@link TagNames#normalize}
 * @param createdAt when it was created, from the {@code Crm}'s clock
 */
public record Tag(long id, String name, Instant createdAt) {

    /**
     * Checks the fields.
     *
     * @param id database-issued id
     * @param name as first written, normalized
     * @param createdAt when it was created
     */
    public Tag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@return the name's unique key: lower-cased, what {@code crm_tag.name_key} stores} */
    public String key() {
        return TagNames.key(name);
    }
}
