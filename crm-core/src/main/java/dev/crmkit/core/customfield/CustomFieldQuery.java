package dev.crmkit.core.customfield;

import java.util.List;

/**
 * A query that filters records on their custom fields ({@link CustomFieldFilter}).
 *
 * @param <Q> the query itself
 */
public interface CustomFieldQuery<Q> {

    /** {@return the custom field filters every record matches; empty for any} */
    List<CustomFieldFilter> customFields();

    /**
     * {@return a copy of this query with these custom field filters}
     *
     * @param customFields the filters
     */
    Q withCustomFields(List<CustomFieldFilter> customFields);
}
