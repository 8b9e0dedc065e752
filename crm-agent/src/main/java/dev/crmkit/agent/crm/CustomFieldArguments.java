package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.RuntimeSchema;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.langchain4j.agent.tool.P;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code customFields} parameter of the create and update tools of contacts, companies and deals,
 * which the dispatcher expands this record into, last. Its schema is the one {@link CustomFieldDefinitions}
 * builds for the tool, registered under the tool's name; where the CRM defines no fields, the tool has
 * no such parameter.
 *
 * @param customFields the values by key; null when not given
 */
record CustomFieldArguments(
        @P("custom fields") @RuntimeSchema @Nullable Map<String, Object> customFields) {

    /** Not given: what the tools of an aggregate without custom fields pass on. */
    static final CustomFieldArguments NONE = new CustomFieldArguments(null);

    /** @return a create tool's custom field values: none when the parameter is not given */
    CustomFieldValues values() {
        return customFields == null ? CustomFieldValues.empty() : CustomFieldValues.of(customFields);
    }
}
