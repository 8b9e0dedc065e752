package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.schema.JsonSchemaValidator;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dispatcher checks arguments in its own single pass, for speed; it must agree with the schema
 * it publishes, which is what the grammar enforces and what {@link JsonSchemaValidator} checks.
 * (The one documented difference, {@code null} for an optional parameter, is tested in
 * {@link ToolDispatcherTest}.)
 */
class ArgumentSchemaAgreementTest {

    private final ToolDispatcher dispatcher = ToolDispatcher.of(new SampleTools());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"Ada\"}",
                "{\"name\": \"Ada\", \"times\": 2, \"mood\": \"calm\"}",
                "{\"name\": \"\"}",
                "{\"name\": \"😀😀😀😀😀\"}",
                "{\"name\": \"Ada\", \"times\": 2.0}",
                "{\"name\": \"Adalbert\"}",
                "{\"name\": 5}",
                "{\"name\": [\"Ada\"]}",
                "{\"name\": {\"first\": \"Ada\"}}",
                "{\"times\": 2}",
                "{}",
                "{\"name\": \"Ada\", \"times\": 2.5}",
                "{\"name\": \"Ada\", \"times\": \"2\"}",
                "{\"name\": \"Ada\", \"mood\": \"angry\"}",
                "{\"name\": \"Ada\", \"mood\": 1}",
                "{\"name\": \"Ada\", \"extra\": true}",
                "[]",
                "\"Ada\"",
                "{\"name\": \"Ada\""
            })
    void should_accept_exactly_the_greet_arguments_its_schema_accepts(String arguments) {
        assertAgreement("greet", arguments);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\": 1, \"count\": 2, \"ratio\": 0.5, \"amount\": 10, \"flag\": false}",
                "{\"id\": -1, \"count\": 0, \"ratio\": -0.5, \"amount\": 10.25, \"flag\": true}",
                "{\"id\": 1.0, \"count\": 2, \"ratio\": 1, \"amount\": 0, \"flag\": false}",
                "{\"id\": 1, \"count\": 2, \"ratio\": 0.5, \"amount\": 10}",
                "{\"id\": true, \"count\": 2, \"ratio\": 0.5, \"amount\": 10, \"flag\": false}",
                "{\"id\": 1, \"count\": 2, \"ratio\": \"0.5\", \"amount\": 10, \"flag\": false}",
                "{\"id\": 1, \"count\": 2, \"ratio\": 0.5, \"amount\": null, \"flag\": false}",
                "{\"id\": 1, \"count\": 2, \"ratio\": 0.5, \"amount\": 10, \"flag\": \"false\"}"
            })
    void should_accept_exactly_the_measure_arguments_its_schema_accepts(String arguments) {
        assertAgreement("measure", arguments);
    }

    private void assertAgreement(String tool, String arguments) {
        ToolSpecification specification = dispatcher.specification(tool).orElseThrow();
        List<String> schemaViolations = JsonSchemaValidator.validateArguments(specification, arguments);

        boolean dispatcherAccepts = dispatcher.prepare(tool, arguments).isValid();

        assertThat(dispatcherAccepts)
                .as("%s(%s); schema violations: %s", tool, arguments, schemaViolations)
                .isEqualTo(schemaViolations.isEmpty());
    }
}
