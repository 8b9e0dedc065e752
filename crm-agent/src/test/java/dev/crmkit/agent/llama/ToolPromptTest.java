package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tool descriptions in the system prompt: every local model evaluates them before its first answer, so they
 * say each thing once, and lose nothing the model needs to pick a tool and fill in its arguments.
 */
class ToolPromptTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_show_every_crm_tool_with_its_description_parameters_required_ones_and_values() throws Exception {
        for (ToolSpecification tool : CrmToolset.specifications()) {
            JsonNode shown = JSON.readTree(ToolPrompt.entry(tool));
            JsonNode full = PromptSchema.schema(tool.parameters());

            assertThat(shown.path("name").asText()).isEqualTo(tool.name());
            assertThat(shown.path("description").asText()).isEqualTo(tool.description());
            assertThat(names(shown.path("parameters").path("properties")))
                    .as(tool.name())
                    .isEqualTo(names(full.path("properties")));
            assertThat(shown.path("parameters").path("required"))
                    .as(tool.name())
                    .isEqualTo(full.path("required"));
            full.path("properties")
                    .properties()
                    .forEach(parameter -> assertThat(shown.path("parameters")
                                    .path("properties")
                                    .path(parameter.getKey())
                                    .path("enum"))
                            .as("%s.%s", tool.name(), parameter.getKey())
                            .isEqualTo(parameter.getValue().path("enum")));
        }
    }

    @Test
    void should_write_the_tools_as_compact_json_one_per_line() throws Exception {
        String prompt = ToolPrompt.describe(grammar(CrmToolset.specifications()));

        List<String> lines = prompt.lines().toList();
        assertThat(lines).hasSize(CrmToolset.specifications().size() + 2);
        for (String line : lines.subList(1, lines.size() - 1)) {
            assertThat(JSON.readTree(line).toString()).as("without whitespace").isEqualTo(line);
        }
    }

    @Test
    void should_leave_out_limits_no_value_reaches_and_keep_those_that_say_the_form() throws Exception {
        JsonNode parameters = parameters(JsonObjectSchema.builder()
                .addProperty("title", JsonRawSchema.from("{\"type\":\"string\",\"maxLength\":200}"))
                .addProperty("currency", JsonRawSchema.from("{\"type\":\"string\",\"maxLength\":3}"))
                .build());

        assertThat(parameters.path("properties").path("title").has("maxLength")).isFalse();
        assertThat(parameters
                        .path("properties")
                        .path("currency")
                        .path("maxLength")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void should_leave_out_descriptions_that_repeat_the_name_or_list_the_values() throws Exception {
        JsonNode properties = parameters(JsonObjectSchema.builder()
                        .addProperty(
                                "contactId",
                                JsonIntegerSchema.builder()
                                        .description("contact id")
                                        .build())
                        .addProperty(
                                "dealId",
                                JsonIntegerSchema.builder()
                                        .description("id of the deal")
                                        .build())
                        .addProperty("phone", JsonRawSchema.from("{\"type\":\"string\",\"description\":\"new phone\"}"))
                        .addProperty(
                                "outcome",
                                JsonEnumSchema.builder()
                                        .enumValues("open", "won", "lost")
                                        .description("open, won or lost")
                                        .build())
                        .build())
                .path("properties");

        assertThat(properties.toString())
                .isEqualTo("{\"contactId\":{\"type\":\"integer\"},\"dealId\":{\"type\":\"integer\"},"
                        + "\"phone\":{\"type\":\"string\"},\"outcome\":{\"enum\":[\"open\",\"won\",\"lost\"]}}");
    }

    @Test
    void should_keep_descriptions_that_say_more_than_the_name() throws Exception {
        JsonNode properties = parameters(JsonObjectSchema.builder()
                        .addProperty(
                                "contactId",
                                JsonIntegerSchema.builder()
                                        .description("id of the contact the deal is with")
                                        .build())
                        .addProperty(
                                "direction",
                                JsonEnumSchema.builder()
                                        .enumValues("asc", "desc")
                                        .description("default asc")
                                        .build())
                        .addProperty(
                                "id",
                                JsonIntegerSchema.builder()
                                        .description("deal id")
                                        .build())
                        .build())
                .path("properties");

        assertThat(properties.path("contactId").path("description").asText())
                .isEqualTo("id of the contact the deal is with");
        assertThat(properties.path("direction").path("description").asText()).isEqualTo("default asc");
        assertThat(properties.path("id").path("description").asText()).isEqualTo("deal id");
    }

    @Test
    void should_show_a_tool_without_parameters_with_an_empty_object() {
        ToolSpecification none =
                ToolSpecification.builder().name("undo").description("Undo.").build();
        ToolSpecification empty = ToolSpecification.builder()
                .name("list")
                .description("List.")
                .parameters(JsonObjectSchema.builder().build())
                .build();

        assertThat(ToolPrompt.entry(none)).isEqualTo("{\"name\":\"undo\",\"description\":\"Undo.\",\"parameters\":{}}");
        assertThat(ToolPrompt.entry(empty))
                .isEqualTo("{\"name\":\"list\",\"description\":\"List.\",\"parameters\":{}}");
    }

    // Every test and every newcomer's first message on a small local model evaluates this prompt (its cost grows
    // faster than its length, see benchmarks/RESULTS.md "Tool prompt size"): a new tool or a longer description
    // must be worth it. The CRM tools took 16,3xx characters when this was written, 20,171 before compaction.
    @Test
    void should_keep_the_crm_tool_prompt_within_its_budget() {
        assertThat(ToolPrompt.describe(grammar(CrmToolset.specifications())).length())
                .as("characters of the CRM tools' prompt; shorten descriptions before raising this")
                .isLessThanOrEqualTo(17_500);
    }

    private static JsonNode parameters(JsonObjectSchema schema) throws Exception {
        ToolSpecification tool = ToolSpecification.builder()
                .name("t")
                .description("T.")
                .parameters(schema)
                .build();
        return JSON.readTree(ToolPrompt.entry(tool)).path("parameters");
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ToolCallGrammar grammar(List<ToolSpecification> tools) {
        return new ToolCallGrammar("", tools, true, 2000, 0, "", 0, Map.of());
    }
}
