package dev.crmkit.core.duplicate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records that are likely one: they share the key of {@code reason}, and every reason in {@code
 * reasons} holds for all of them.
 *
 * @param reason the reason the group was found by
 * @param key the key they share (an email, digits of a phone, a name key)
 * @param size how many records share the key
 * @param score how likely, 0 to 100, the records are one: the weights of the shared reasons
 *     combined, {@code 100 × (1 − Π(1 − weight/100))}, a little higher when the names are equal
 * @param reasons every reason that holds for all listed records, {@code reason} included
 * @param records the first records sharing the key, by id, at most {@link #RECORDS_MAX}
 * @param <T> {@link dev.crmkit.core.contact.Contact} or {@link dev.crmkit.core.company.Company}
 */
public record DuplicateGroup<T>(
        DuplicateReason reason, String key, int size, int score, Set<DuplicateReason> reasons, List<T> records) {

    /** Most records listed per group (a phone shared by a whole switchboard makes a big one). */
    public static final int RECORDS_MAX = 20;

    /**
     * Copies the collections.
     *
     * @param reason the reason found by
     * @param key the shared key
     * @param size how many records share it
     * @param score 0 to 100
     * @param reasons the reasons that hold for all
     * @param records the records listed
     */
    public DuplicateGroup {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(key, "key");
        reasons = Set.copyOf(reasons);
        records = List.copyOf(records);
    }

    /** {@return the cursor that continues after this group} */
    public String cursor() {
        return DuplicateQuery.cursor(reason, key);
    }
}
