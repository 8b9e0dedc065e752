package dev.crmkit.core.customfield;

/**
 * A record that carries the values of its kind's custom fields ({@link CustomFieldKind}): a
 * contact, a company, a deal.
 *
 * @param <T> the record itself
 */
public interface CustomizableRecord<T> {

    /** {@return the values of the record's custom fields} */
    CustomFieldValues customFields();

    /**
     * {@return a copy of this record with these custom field values}
     *
     * @param customFields the values
     */
    T withCustomFields(CustomFieldValues customFields);
}
