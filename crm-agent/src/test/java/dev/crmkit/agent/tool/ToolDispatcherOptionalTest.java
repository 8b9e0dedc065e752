package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.tool.ToolResult.Status;
import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Which parameters a model may leave out: those whose type says they may be absent (JSpecify
 * {@code @Nullable}, a {@link Patch}) and those {@code @P(required = false)} says are; every other one is
 * required.
 */
class ToolDispatcherOptionalTest {

    record Window(
            @P("how many") @Nullable Integer limit,
            @P("after this") @Nullable String cursor) {}

    static final class NoteTools {
        final List<@Nullable Object> received = new ArrayList<>();

        @Tool(name = "note", value = "Notes")
        void note(
                @P("the text") String text,
                @P("the colour") @Nullable String colour,
                @P(value = "a weight", required = false) Integer weight) {
            received.add(text);
            received.add(colour);
            received.add(weight);
        }

        @Tool(name = "rename", value = "Renames")
        void rename(@P("id") long id, @P("new name") Patch<String> name) {
            received.add(name);
        }

        @Tool(name = "list", value = "Lists")
        void list(Window window) {
            received.add(window);
        }
    }

    private final NoteTools tools = new NoteTools();
    private final ToolDispatcher dispatcher = ToolDispatcher.of(tools);

    private List<String> required(String tool) {
        return dispatcher.specification(tool).orElseThrow().parameters().required();
    }

    @Test
    void should_take_a_nullable_parameter_as_optional_and_pass_null_when_left_out() {
        assertThat(required("note")).doesNotContain("colour");

        assertThat(dispatcher.dispatch("note", "{\"text\": \"hi\"}").status()).isEqualTo(Status.SUCCESS);
        assertThat(tools.received).containsExactly("hi", null, null);
    }

    @Test
    void should_take_a_patch_as_optional_and_leave_it_unchanged_when_left_out() {
        assertThat(required("rename")).containsExactly("id");

        assertThat(dispatcher.dispatch("rename", "{\"id\": 3}").status()).isEqualTo(Status.SUCCESS);
        assertThat(tools.received).containsExactly(Patch.unchanged());
    }

    @Test
    void should_require_a_parameter_that_is_neither_nullable_nor_declared_optional() {
        assertThat(required("note")).containsExactly("text");

        ToolResult result = dispatcher.dispatch("note", "{\"colour\": \"red\"}");

        assertThat(result.status()).isEqualTo(Status.INVALID_ARGUMENTS);
        assertThat(result.content()).contains("text: required but missing");
        assertThat(tools.received).isEmpty();
    }

    @Test
    void should_still_take_a_parameter_declared_required_false_as_optional() {
        assertThat(required("note")).doesNotContain("weight");

        assertThat(dispatcher
                        .dispatch("note", "{\"text\": \"hi\", \"weight\": 2}")
                        .isSuccess())
                .isTrue();
        assertThat(tools.received).containsExactly("hi", null, 2);
    }

    @Test
    void should_take_the_nullable_components_of_a_record_parameter_as_optional() {
        assertThat(required("list")).isEmpty();

        assertThat(dispatcher.dispatch("list", "{}").isSuccess()).isTrue();
        assertThat(tools.received).containsExactly(new Window(null, null));
    }
}
