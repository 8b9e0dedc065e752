package dev.crmkit.core.duplicate;

import java.util.List;

/** The kinds of record that can be checked for duplicates and merged. */
public enum DuplicateKind {
    /** Contacts: by email, phone, and name at one company. */
    CONTACT("contact", List.of(DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_PHONE, DuplicateReason.SIMILAR_NAME)),
    /** Companies: by name and phone (their domain is unique already). */
    COMPANY("company", List.of(DuplicateReason.SIMILAR_NAME, DuplicateReason.SAME_PHONE));

    private final String entity;
    private final List<DuplicateReason> reasons;

    DuplicateKind(String entity, List<DuplicateReason> reasons) {
        this.entity = entity;
        this.reasons = reasons;
    }

    /** {@return the kind of record as exceptions and events name it: {@code contact} or {@code company}} */
    public String entity() {
        return entity;
    }

    /** {@return the reasons records of this kind are grouped by, in the order groups are listed} */
    public List<DuplicateReason> reasons() {
        return reasons;
    }
}
