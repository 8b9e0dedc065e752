package dev.crmkit.mybatis.internal;

import java.util.List;

/**
 * The filter of a list whose rows carry tags and custom fields: what {@code Paging.xml}'s shared
 * {@code tagged} and custom field fragments read as {@code f.tagKeys} and {@code f.customFields}.
 * A mapper's filter record implements it and gets the getters those OGNL expressions resolve
 * quickly (see {@link PageSql}).
 */
public interface TaggedFilter {

    /** {@return the lower-cased names of tags every row carries; empty for any} */
    List<String> tagKeys();

    /** {@return the custom field conditions every row meets} */
    List<CustomFieldCondition> customFields();

    /** {@return {@link #tagKeys()}, for OGNL} */
    default List<String> getTagKeys() {
        return tagKeys();
    }

    /** {@return {@link #customFields()}, for OGNL} */
    default List<CustomFieldCondition> getCustomFields() {
        return customFields();
    }
}
