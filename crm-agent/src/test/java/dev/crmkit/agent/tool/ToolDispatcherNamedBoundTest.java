package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A bound many parameters share is named once, by an annotation type that carries {@link MaxLength}. */
class ToolDispatcherNamedBoundTest {

    @MaxLength(10)
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Day {}

    static final class DiaryTools {
        @Tool(name = "note", value = "Notes a day")
        String note(@P("the day") @Day String day, @P(value = "until", required = false) @Day @Nullable String until) {
            return day + (until == null ? "" : ".." + until);
        }
    }

    static final class TwoBoundsTool {
        @Tool(name = "note", value = "Notes a day")
        void note(@P("the day") @Day @MaxLength(12) String day) {}
    }

    private final ToolDispatcher dispatcher = ToolDispatcher.of(new DiaryTools());

    @Test
    void should_describe_a_parameter_bounded_through_an_annotation_like_one_bounded_directly() {
        assertThat(((JsonRawSchema) dispatcher
                                .specification("note")
                                .orElseThrow()
                                .parameters()
                                .properties()
                                .get("until"))
                        .schema())
                .isEqualTo("{\"type\":\"string\",\"maxLength\":10,\"description\":\"until\"}");
    }

    @Test
    void should_refuse_a_longer_value_than_the_named_bound() {
        assertThat(dispatcher.dispatch("note", "{\"day\": \"2026-03-15\"}").content())
                .isEqualTo("\"2026-03-15\"");
        assertThat(dispatcher
                        .dispatch("note", "{\"day\": \"2026-03-15T10:00\"}")
                        .content())
                .isEqualTo("invalid arguments for note: day: 16 characters, more than the maximum of 10");
    }

    @Test
    void should_refuse_a_parameter_with_two_bounds() {
        assertThatThrownBy(() -> ToolDispatcher.of(new TwoBoundsTool()))
                .hasMessageContaining("parameter day of TwoBoundsTool.note has two @MaxLength bounds");
    }
}
