package dev.crmkit.agent.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.CrmTools;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSchemaValidatorTest {

    private final ToolSpecification createContact = CrmTools.createContact();
    private final ToolSpecification createTask = CrmTools.createTask();

    @Test
    void should_accept_arguments_that_follow_the_schema() {
        assertThat(JsonSchemaValidator.validateArguments(
                        createContact,
                        "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"ada@example.org\"}"))
                .isEmpty();
        assertThat(JsonSchemaValidator.validateArguments(
                        createTask, "{\"title\":\"Call back\",\"priority\":\"high\",\"notify\":true}"))
                .isEmpty();
        assertThat(JsonSchemaValidator.validateArguments(CrmTools.getContact(), "{\"id\": 42}"))
                .isEmpty();
        assertThat(JsonSchemaValidator.validateArguments(CrmTools.getContact(), "{\"id\": 42.0}"))
                .as("JSON Schema counts 42.0 as an integer")
                .isEmpty();
    }

    @Test
    void should_name_every_violation_with_its_path() {
        String tooLong = "x".repeat(41);

        assertThat(JsonSchemaValidator.validateArguments(
                        createContact, "{\"firstName\":\"" + tooLong + "\",\"email\":7}"))
                .containsExactlyInAnyOrder(
                        "$.lastName: required but missing",
                        "$.firstName: 41 characters, more than the maximum of 40",
                        "$.email: expected a string, got 7");
    }

    @Test
    void should_count_characters_not_utf16_units_against_max_length() {
        String forty = "😀".repeat(40);

        assertThat(JsonSchemaValidator.validateArguments(
                        createContact, "{\"firstName\":\"" + forty + "\",\"lastName\":\"x\"}"))
                .isEmpty();
    }

    @Test
    void should_refuse_values_outside_an_enum_and_non_integers() {
        assertThat(JsonSchemaValidator.validateArguments(createTask, "{\"title\":\"t\",\"priority\":\"asap\"}"))
                .containsExactly("$.priority: expected one of [low, medium, high, urgent], got \"asap\"");
        assertThat(JsonSchemaValidator.validateArguments(CrmTools.getContact(), "{\"id\": 4.5}"))
                .containsExactly("$.id: expected an integer, got 4.5");
    }

    @Test
    void should_report_unparseable_json_as_a_violation() {
        assertThat(JsonSchemaValidator.validateArguments(createContact, "{\"firstName\": "))
                .singleElement()
                .asString()
                .startsWith("$: not valid JSON");
    }

    @Test
    void should_refuse_unknown_properties_only_when_the_schema_closes_the_object() {
        SchemaNode closed = Schemas.of(JsonObjectSchema.builder()
                .addStringProperty("a")
                .additionalProperties(false)
                .build());
        SchemaNode open =
                Schemas.of(JsonObjectSchema.builder().addStringProperty("a").build());

        assertThat(JsonSchemaValidator.validate(closed, "{\"b\": 1}"))
                .containsExactly("$.b: not a known property; known: [a]");
        assertThat(JsonSchemaValidator.validate(open, "{\"b\": 1}")).isEmpty();
    }

    @Test
    void should_validate_array_items_and_raw_max_items() {
        SchemaNode tags = Schemas.of(JsonRawSchema.from(
                "{\"type\":\"array\",\"maxItems\":2,\"items\":{\"type\":\"string\",\"maxLength\":3}}"));

        assertThat(JsonSchemaValidator.validate(tags, "[\"a\",\"bcde\",\"f\"]"))
                .containsExactlyInAnyOrder(
                        "$: 3 items, more than the maximum of 2", "$[1]: 4 characters, more than the maximum of 3");
    }

    @Test
    void should_refuse_raw_keywords_it_cannot_enforce_rather_than_ignore_them() {
        assertThatThrownBy(() -> Schemas.of(JsonRawSchema.from("{\"type\":\"string\",\"pattern\":\"^a\"}")))
                .isInstanceOf(UnsupportedSchemaException.class)
                .hasMessageContaining("'pattern'");
    }

    @Test
    void should_refuse_recursive_references_which_have_no_bounded_size() {
        JsonObjectSchema node = JsonObjectSchema.builder()
                .addProperty(
                        "children",
                        JsonArraySchema.builder()
                                .items(JsonReferenceSchema.builder()
                                        .reference("node")
                                        .build())
                                .build())
                .definitions(Map.of(
                        "node",
                        JsonObjectSchema.builder()
                                .addProperty("name", new JsonStringSchema())
                                .addProperty(
                                        "child",
                                        JsonReferenceSchema.builder()
                                                .reference("node")
                                                .build())
                                .build()))
                .build();

        assertThatThrownBy(() -> Schemas.of(node))
                .isInstanceOf(UnsupportedSchemaException.class)
                .hasMessageContaining("recursively");
    }
}
