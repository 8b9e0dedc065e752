package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Update tools take {@link Patch} parameters, and a record can group a {@link RuntimeSchema} parameter. */
class ToolDispatcherPatchTest {

    static final class RenameTools {
        final List<Object> received = new CopyOnWriteArrayList<>();

        @Tool(name = "rename", value = "Renames")
        void rename(
                @P("id") long id,
                @P(value = "new name", required = false) @MaxLength(5) Patch<String> name,
                @P(value = "new size", required = false) Patch<Long> size) {
            received.add(name);
            received.add(size);
        }
    }

    record Extras(
            @P(value = "extras", required = false) @RuntimeSchema @Nullable
            Map<String, Object> extras) {}

    static final class ExtrasTools {
        @Tool(name = "first", value = "First")
        void first(Extras extras) {}

        @Tool(name = "second", value = "Second")
        void second(Extras extras) {}
    }

    private final RenameTools tools = new RenameTools();
    private final ToolDispatcher dispatcher = ToolDispatcher.of(tools);

    @Test
    void should_offer_a_patch_parameter_as_its_value() {
        ToolSpecification rename = dispatcher.specification("rename").orElseThrow();

        assertThat(rename.parameters().required()).containsExactly("id");
        assertThat(((JsonRawSchema) rename.parameters().properties().get("name")).schema())
                .isEqualTo("{\"type\":\"string\",\"maxLength\":5,\"description\":\"new name\"}");
    }

    @Test
    void should_set_a_patch_given_and_leave_one_absent_or_null_unchanged() {
        assertThat(dispatcher
                        .dispatch("rename", "{\"id\": 1, \"name\": \"\", \"size\": null}")
                        .isSuccess())
                .isTrue();

        assertThat(tools.received).containsExactly(Patch.set(""), Patch.unchanged());
    }

    @Test
    void should_check_a_patch_value_like_a_parameter_of_its_type() {
        assertThat(dispatcher
                        .dispatch("rename", "{\"id\": 1, \"name\": \"Adalbert\"}")
                        .content())
                .isEqualTo("invalid arguments for rename: name: 8 characters, more than the maximum of 5");
        assertThat(tools.received).isEmpty();
    }

    @Test
    void should_give_an_unnamed_runtime_schema_the_one_registered_under_its_tool() {
        String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}";
        ToolDispatcher extras = ToolDispatcher.builder()
                .objectParameters(Map.of("second", new ObjectParameter(schema, List.of("a"), false)))
                .add(new ExtrasTools())
                .build();

        assertThat(extras.specification("first").orElseThrow().parameters().properties())
                .isEmpty();
        assertThat(((JsonRawSchema) extras.specification("second")
                                .orElseThrow()
                                .parameters()
                                .properties()
                                .get("extras"))
                        .schema())
                .isEqualTo(schema);
    }
}
