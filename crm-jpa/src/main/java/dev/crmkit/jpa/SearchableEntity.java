package dev.crmkit.jpa;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.StorageLimits;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The row of an aggregate found by text (contacts, companies): custom fields plus
 * {@code search_text}, written from the record and never read back (the record derives it), which
 * the repositories match with {@code LIKE}.
 *
 * @param <T> the record this entity is the mutable twin of
 */
@MappedSuperclass
abstract class SearchableEntity<T extends CrmRecord> extends CustomizableEntity<T> {

    @Column(name = "search_text", nullable = false, length = StorageLimits.SEARCH_TEXT_MAX)
    private String searchText = "";

    /** Takes the record's search text and custom field values; a subclass calls it from {@link #copyFields}. */
    final void copySearch(String text, CustomFieldValues customFields) {
        searchText = text;
        copyCustomFields(customFields);
    }
}
