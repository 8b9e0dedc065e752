package dev.crmkit.agent.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.agent.tool.ObjectParameter;
import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom fields a CRM defines for contacts, companies and deals, as the create and update tools'
 * {@code customFields} parameter: a JSON object whose members are the defined keys, each with its
 * type and limits (text with {@code maxLength}, number, date as {@code YYYY-MM-DD} text, boolean, an
 * {@code enum} of the options for a choice, an array of them for a multiple choice; required fields
 * are required on create). A kind without fields gets no parameter at all, so a CRM without custom
 * fields has exactly the tools it had before them.
 *
 * <p>Values are checked by crm-core, which names each broken rule {@code customFields.<key>}: the name
 * of the parameter's member, so the model reads which one to correct. A date's pattern is in its
 * description only: the grammar compiler enforces no {@code pattern}, crm-core refuses a bad date.
 *
 * @param contact the contacts' fields, in definition order
 * @param company the companies' fields
 * @param deal the deals' fields
 */
public record CustomFieldDefinitions(List<CustomField> contact, List<CustomField> company, List<CustomField> deal) {

    /** No custom fields. */
    public static final CustomFieldDefinitions NONE = new CustomFieldDefinitions(List.of(), List.of(), List.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code YYYY-MM-DD}. */
    private static final int DATE_LENGTH = 10;

    /**
     * Copies the lists.
     *
     * @param contact the contacts' fields
     * @param company the companies' fields
     * @param deal the deals' fields
     */
    public CustomFieldDefinitions {
        contact = List.copyOf(contact);
        company = List.copyOf(company);
        deal = List.copyOf(deal);
    }

    /**
     * {@return the definitions the CRM holds now}
     *
     * @param crm the CRM
     */
    public static CustomFieldDefinitions of(Crm crm) {
        return crm.inTransaction(() -> new CustomFieldDefinitions(
                crm.customFields().list(CustomFieldKind.CONTACT),
                crm.customFields().list(CustomFieldKind.COMPANY),
                crm.customFields().list(CustomFieldKind.DEAL)));
    }

    /** @return the {@code customFields} parameters ({@link CustomFieldArguments}) of the tools, by tool name */
    Map<String, ObjectParameter> parameters() {
        Map<String, ObjectParameter> parameters = new HashMap<>();
        add(parameters, "create_contact", "update_contact", contact);
        add(parameters, "create_company", "update_company", company);
        add(parameters, "create_deal", "update_deal", deal);
        return parameters;
    }

    private static void add(
            Map<String, ObjectParameter> parameters, String create, String update, List<CustomField> fields) {
        if (fields.isEmpty()) {
            return;
        }
        List<String> keys = fields.stream().map(CustomField::key).toList();
        boolean anyRequired = fields.stream().anyMatch(CustomField::required);
        parameters.put(create, new ObjectParameter(schema(fields, false), keys, anyRequired));
        parameters.put(update, new ObjectParameter(schema(fields, true), keys, false));
    }

    private static String schema(List<CustomField> fields, boolean update) {
        ObjectNode object = JSON.createObjectNode().put("type", "object");
        object.put(
                "description",
                update
                        ? "custom fields to change, by key; only the keys given change, \"\" or [] clears one"
                        : "custom fields, by key");
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (CustomField field : fields) {
            properties.set(field.key(), member(field, update));
            if (field.required() && !update) {
                required.add(field.key());
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        object.put("additionalProperties", false);
        return object.toString();
    }

    private static ObjectNode member(CustomField field, boolean update) {
        ObjectNode member = JSON.createObjectNode();
        String description = field.label();
        switch (field.type()) {
            case TEXT ->
                member.put("type", "string")
                        .put("maxLength", field.maxLength() == null ? CustomField.TEXT_DEFAULT : field.maxLength());
            case NUMBER -> {
                member.put("type", "number");
                int scale = field.scale() == null ? 0 : field.scale();
                description += scale == 0 ? ", a whole number" : ", at most " + scale + " decimals";
            }
            case DATE -> {
                member.put("type", "string").put("maxLength", DATE_LENGTH);
                description += ", YYYY-MM-DD";
            }
            case BOOLEAN -> member.put("type", "boolean");
            case CHOICE -> {
                ArrayNode options = member.putArray("enum");
                field.options().forEach(options::add);
                if (update) {
                    options.add(""); // clears it
                }
            }
            case MULTI_CHOICE -> {
                member.put("type", "array").put("maxItems", field.options().size());
                ArrayNode options = member.putObject("items").putArray("enum");
                field.options().forEach(options::add);
            }
        }
        return member.put("description", description);
    }
}
