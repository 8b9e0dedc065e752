package dev.crmkit.mybatis.internal;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.schema.Dialect;
import java.util.List;

/**
 * The part of a filter that {@code Paging.xml}'s shared {@code tagFilter} and {@code
 * customFieldFilter} fragments read, as {@code f.tagged.tagKeys} and {@code f.tagged.customFields}:
 * the same for every aggregate that carries tags and custom fields.
 *
 * @param tagKeys the lower-cased names of tags every row carries; empty for any
 * @param customFields the custom field conditions every row meets
 */
record TagAndFieldFilter(List<String> tagKeys, List<CustomFieldCondition> customFields) implements OgnlRecord {

    /** The filter of a query's tags and (resolved) custom field filters, in the dialect's SQL. */
    static TagAndFieldFilter of(Dialect dialect, List<String> tagKeys, List<CustomFieldFilter> customFields) {
        return new TagAndFieldFilter(tagKeys, CustomFieldCondition.of(dialect, customFields));
    }
}
