package dev.crmkit.agent.testing;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.NewCustomField;
import java.util.List;

/** Custom field definitions the agent tests share. */
public final class TestCustomFields {

    private TestCustomFields() {}

    /**
     * Defines the contacts' optional choice {@code tier} ("Tier"), of the options {@code gold} and {@code silver}.
     *
     * @param crm the CRM to define it in
     * @return the definition
     */
    public static CustomField defineContactTier(Crm crm) {
        return crm.customFields()
                .create(new NewCustomField(
                        CustomFieldKind.CONTACT,
                        "tier",
                        "Tier",
                        CustomFieldType.CHOICE,
                        null,
                        null,
                        List.of("gold", "silver"),
                        false));
    }
}
