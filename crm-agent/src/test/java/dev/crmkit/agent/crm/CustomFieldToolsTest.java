package dev.crmkit.agent.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.grammar.GbnfMatcher;
import dev.crmkit.agent.grammar.GrammarLimits;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.crmkit.agent.grammar.ToolCallGrammarCompiler;
import dev.crmkit.agent.schema.SchemaNode.ArrayNode;
import dev.crmkit.agent.schema.SchemaNode.BooleanNode;
import dev.crmkit.agent.schema.SchemaNode.EnumNode;
import dev.crmkit.agent.schema.SchemaNode.NumberNode;
import dev.crmkit.agent.schema.SchemaNode.ObjectNode;
import dev.crmkit.agent.schema.SchemaNode.StringNode;
import dev.crmkit.agent.schema.Schemas;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The tool specifications, and the grammar compiled from them, carry the custom fields a CRM defines. */
class CustomFieldToolsTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static CustomField field(
            CustomFieldKind kind,
            String key,
            CustomFieldType type,
            @Nullable Integer maxLength,
            @Nullable Integer scale,
            List<String> options,
            boolean required) {
        return new CustomField(1, kind, key, key, type, maxLength, scale, options, required, AT, AT, 0);
    }

    private static final CustomFieldDefinitions DEFINED = new CustomFieldDefinitions(
            List.of(
                    field(
                            CustomFieldKind.CONTACT,
                            "tier",
                            CustomFieldType.CHOICE,
                            null,
                            null,
                            List.of("gold", "silver"),
                            true),
                    field(CustomFieldKind.CONTACT, "nickname", CustomFieldType.TEXT, 12, null, List.of(), false),
                    field(CustomFieldKind.CONTACT, "renewal", CustomFieldType.DATE, null, null, List.of(), false),
                    field(CustomFieldKind.CONTACT, "seats", CustomFieldType.NUMBER, null, 2, List.of(), false),
                    field(CustomFieldKind.CONTACT, "vip", CustomFieldType.BOOLEAN, null, null, List.of(), false),
                    field(
                            CustomFieldKind.CONTACT,
                            "regions",
                            CustomFieldType.MULTI_CHOICE,
                            null,
                            null,
                            List.of("emea", "apac"),
                            false)),
            List.of(),
            List.of(field(CustomFieldKind.DEAL, "source", CustomFieldType.TEXT, null, null, List.of(), false)));

    private static ToolSpecification tool(List<ToolSpecification> tools, String name) {
        return tools.stream()
                .filter(tool -> tool.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode customFields(String toolName) {
        ObjectNode arguments = Schemas.ofTool(tool(CrmToolset.specifications(DEFINED), toolName));
        return (ObjectNode) arguments.properties().get("customFields");
    }

    @Test
    void should_add_nothing_to_any_tool_while_no_field_is_defined() {
        assertThat(CrmToolset.specifications(CustomFieldDefinitions.NONE)).isEqualTo(CrmToolset.specifications());
        assertThat(CrmToolset.specifications(DEFINED).stream()
                        .filter(tool -> tool.parameters().properties().containsKey("customFields"))
                        .map(ToolSpecification::name))
                .containsExactlyInAnyOrder("create_contact", "update_contact", "create_deal", "update_deal");
    }

    @Test
    void should_describe_each_field_with_its_type_and_limits() {
        ObjectNode create = customFields("create_contact");

        assertThat(create.additionalProperties()).isFalse();
        assertThat(create.required()).containsExactly("tier");
        assertThat(create.properties().keySet())
                .containsExactly("tier", "nickname", "renewal", "seats", "vip", "regions");
        assertThat(create.properties().get("tier")).isEqualTo(new EnumNode(List.of("gold", "silver")));
        assertThat(create.properties().get("nickname")).isEqualTo(new StringNode(OptionalInt.of(12)));
        assertThat(create.properties().get("renewal")).isEqualTo(new StringNode(OptionalInt.of(10)));
        assertThat(create.properties().get("seats")).isEqualTo(new NumberNode());
        assertThat(create.properties().get("vip")).isEqualTo(new BooleanNode());
        assertThat(create.properties().get("regions"))
                .isEqualTo(new ArrayNode(new EnumNode(List.of("emea", "apac")), OptionalInt.of(2)));
        assertThat(Schemas.ofTool(tool(CrmToolset.specifications(DEFINED), "create_contact"))
                        .required())
                .contains("customFields");
    }

    @Test
    void should_let_an_update_clear_a_choice_and_require_nothing() {
        ObjectNode update = customFields("update_contact");

        assertThat(update.required()).isEmpty();
        assertThat(update.properties().get("tier")).isEqualTo(new EnumNode(List.of("gold", "silver", "")));
        assertThat(customFields("update_deal").properties())
                .containsEntry("source", new StringNode(OptionalInt.of(CustomField.TEXT_DEFAULT)));
    }

    @Test
    void should_compile_a_grammar_that_writes_defined_fields_and_no_others() {
        ToolCallGrammar grammar = new ToolCallGrammarCompiler(GrammarLimits.defaults())
                .compile(CrmToolset.specifications(DEFINED), true, 4096);
        String call = "{\"tool\": \"create_contact\", \"arguments\": {\"firstName\": \"Ada\", \"lastName\": \"Byron\", "
                + "\"email\": \"ada@example.com\", \"customFields\": %s}}";

        assertThat(GbnfMatcher.accepts(grammar.gbnf(), call.formatted("{\"tier\": \"gold\"}")))
                .isTrue();
        assertThat(GbnfMatcher.accepts(
                        grammar.gbnf(),
                        call.formatted("{\"tier\": \"silver\", \"renewal\": \"2027-01-31\", \"seats\": 12.5, "
                                + "\"vip\": true, \"regions\": [\"emea\", \"apac\"]}")))
                .isTrue();
        assertThat(GbnfMatcher.accepts(grammar.gbnf(), call.formatted("{\"tier\": \"gold\", \"shoe_size\": 42}")))
                .as("an undefined key")
                .isFalse();
        assertThat(GbnfMatcher.accepts(grammar.gbnf(), call.formatted("{\"tier\": \"bronze\"}")))
                .as("an option not defined")
                .isFalse();
        assertThat(GbnfMatcher.accepts(grammar.gbnf(), call.formatted("{\"nickname\": \"x\"}")))
                .as("without the required field")
                .isFalse();
        assertThat(GbnfMatcher.accepts(
                        grammar.gbnf(), call.formatted("{\"tier\": \"gold\", \"nickname\": \"thirteen char\"}")))
                .as("longer than the field's maximum")
                .isFalse();
    }
}
