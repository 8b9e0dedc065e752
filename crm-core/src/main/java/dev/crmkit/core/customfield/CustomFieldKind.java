package dev.crmkit.core.customfield;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of record that carry custom fields; {@code crm_custom_field.kind} stores the {@link #code()}. */
public enum CustomFieldKind {
    /** {@link dev.crmkit.core.contact.Contact}s. */
    CONTACT("contact", "crm_contact"),
    /** {@link dev.crmkit.core.company.Company}s. */
    COMPANY("company", "crm_company"),
    /** {@link dev.crmkit.core.deal.Deal}s. */
    DEAL("deal", "crm_deal");

    private final String code;
    private final String table;

    CustomFieldKind(String code, String table) {
        this.code = code;
        this.table = table;
    }

    /** {@return the stored code, as events and errors name the kind: {@code contact}} */
    public String code() {
        return code;
    }

    /** {@return the table whose {@code custom_fields} column holds this kind's values} */
    public String table() {
        return table;
    }

    /**
     * {@return the kind with this code, ignoring case}
     *
     * @param code a {@link #code()}, such as {@code deal}
     */
    public static Optional<CustomFieldKind> ofCode(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.code.equals(key)).findFirst();
    }
}
