package dev.crmkit.jpa;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.CrmRecord;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Type;

/**
 * The row of an aggregate with custom fields: crmkit's columns plus {@code custom_fields}, the
 * values as one JSON document ({@link CustomFieldsType}) that {@link CustomFieldJpql} filters on.
 *
 * @param <T> the record this entity is the mutable twin of
 */
@MappedSuperclass
abstract class CustomizableEntity<T extends CrmRecord> extends CrmEntity<T> {

    @Column(name = "custom_fields")
    @Type(CustomFieldsType.class)
    private CustomFieldValues customFields = CustomFieldValues.empty();

    /** Takes the record's custom field values; a subclass calls it from {@link #copyFields}. */
    final void copyCustomFields(CustomFieldValues values) {
        customFields = values;
    }

    final CustomFieldValues customFields() {
        return customFields;
    }
}
