package dev.crmkit.mybatis.internal;

import org.jspecify.annotations.Nullable;

/**
 * The filter of a list whose rows may link to a contact: what a mapper reads as {@code f.contactId}. A
 * mapper's filter record implements it and gets the getter that OGNL expression resolves quickly
 * (see {@link PageSql}).
 */
public interface ContactLinked {

    /** {@return the contact every row links to; null for any} */
    @Nullable
    Long contactId();

    /** {@return {@link #contactId()}, for OGNL} */
    default @Nullable Long getContactId() {
        return contactId();
    }
}
