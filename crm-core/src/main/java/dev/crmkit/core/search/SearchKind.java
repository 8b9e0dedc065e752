package dev.crmkit.core.search;

import java.util.Locale;

/**
 * A kind of record the search covers. Each is one source: its adapters' statement and the
 * in-memory reference decide what of the record matches and how it reads in a hit. Adding a kind
 * is a constant here and one source per storage.
 */
public enum SearchKind {
    /** Contacts: exact email, "first last" name prefix, a word of name, email or company, then contains. */
    CONTACT,
    /** Deals: title prefix, a word of the title, then contains. */
    DEAL,
    /** Companies: exact domain, name prefix, a word of the name or the domain, then contains. */
    COMPANY;

    /** {@return the name clients see: {@code contact}, {@code deal}, {@code company}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
