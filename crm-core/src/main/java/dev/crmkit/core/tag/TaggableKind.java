package dev.crmkit.core.tag;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record that carry tags. The {@code crm_tagging} table stores the {@link #code()}
 * beside the record's id, so every kind shares one table and one set of tags.
 *
 * <p>Making another aggregate taggable (companies, say) is one constant here plus one line in
 * {@code TagService}'s switch that locks the record, and one line in that aggregate's delete
 * cascade ({@code work.tags().removeTaggings(TaggableKind.COMPANY, id)}); the schema does not change.
 */
public enum TaggableKind {
    /** {@link dev.crmkit.core.contact.Contact}s. */
    CONTACT("contact"),
    /** {@link dev.crmkit.core.deal.Deal}s. */
    DEAL("deal"),
    /** {@link dev.crmkit.core.company.Company Companies}. */
    COMPANY("company");

    private final String code;

    TaggableKind(String code) {
        this.code = code;
    }

    /** {@return the value stored in {@code crm_tagging.kind}, as events and errors name the record: {@code contact}} */
    public String code() {
        return code;
    }

    /**
     * {@return the kind with this code, ignoring case}
     *
     * @param code a {@link #code()}, such as {@code deal}
     */
    public static Optional<TaggableKind> ofCode(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.code.equals(key)).findFirst();
    }
}
