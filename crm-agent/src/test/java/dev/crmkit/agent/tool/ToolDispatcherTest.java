package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.tool.ToolResult.Status;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ToolDispatcherTest {

    private final SampleTools tools = new SampleTools();
    private final ToolDispatcher dispatcher = ToolDispatcher.of(tools);

    @Test
    void should_describe_each_tool_with_its_parameters_bounds_and_required_ones() {
        ToolSpecification greet = dispatcher.specification("greet").orElseThrow();

        assertThat(greet.description()).isEqualTo("Greets someone. Example: {\"name\": \"Ada\"}");
        assertThat(greet.parameters().required()).containsExactly("name");
        assertThat(greet.parameters().additionalProperties()).isFalse();
        assertThat(((JsonRawSchema) greet.parameters().properties().get("name")).schema())
                .isEqualTo("{\"type\":\"string\",\"maxLength\":5,\"description\":\"who to greet\"}");
        assertThat(((JsonEnumSchema) greet.parameters().properties().get("mood")).enumValues())
                .containsExactly("calm", "very_happy");
    }

    @Test
    void should_list_the_tools_in_name_order_within_an_object() {
        assertThat(dispatcher.specifications())
                .extracting(ToolSpecification::name)
                .containsExactly("crash", "erase", "greet", "measure", "ping", "refuse");
    }

    @Test
    void should_describe_the_tools_of_a_class_without_an_instance() {
        assertThat(ToolDispatcher.specificationsOf(SampleTools.class)).isEqualTo(dispatcher.specifications());
    }

    @Test
    void should_run_the_tool_and_return_its_result_as_compact_json_without_nulls() {
        ToolResult result = dispatcher.dispatch("greet", "{\"name\": \"Ada\", \"mood\": \"very_happy\"}");

        assertThat(result)
                .isEqualTo(new ToolResult("greet", Status.SUCCESS, "{\"text\":\"Hello Ada\",\"mood\":\"VERY_HAPPY\"}"));
        assertThat(tools.calls).containsExactly("greet Ada");
    }

    @Test
    void should_convert_every_kind_of_number_and_boolean() {
        ToolResult result = dispatcher.dispatch(
                "measure",
                "{\"id\": 9007199254740993, \"count\": 3, \"ratio\": 0.5, \"amount\": 1250.10, \"flag\": true}");

        assertThat(result.content())
                .isEqualTo("{\"id\":9007199254740993,\"count\":3,\"ratio\":0.5,\"amount\":1250.10,\"flag\":true}");
    }

    @Test
    void should_answer_ok_for_a_tool_that_returns_nothing() {
        assertThat(dispatcher.dispatch("ping", "{}").content()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void should_take_null_or_blank_arguments_as_none() {
        assertThat(dispatcher.dispatch("ping", null).isSuccess()).isTrue();
        assertThat(dispatcher.dispatch("ping", " ").isSuccess()).isTrue();
        assertThat(tools.calls).containsExactly("ping", "ping");
    }

    @Test
    void should_answer_an_unknown_tool_with_the_names_of_the_tools() {
        ToolResult result = dispatcher.dispatch("delete_everything", "{}");

        assertThat(result.status()).isEqualTo(Status.UNKNOWN_TOOL);
        assertThat(result.content())
                .isEqualTo("there is no tool named delete_everything; "
                        + "the tools are crash, erase, greet, measure, ping, refuse");
    }

    @Test
    void should_name_a_missing_required_parameter_without_running_the_tool() {
        ToolResult result = dispatcher.dispatch("greet", "{\"times\": 2}");

        assertThat(result.status()).isEqualTo(Status.INVALID_ARGUMENTS);
        assertThat(result.content()).isEqualTo("invalid arguments for greet: name: required but missing");
        assertThat(tools.calls).isEmpty();
    }

    @Test
    void should_name_an_unknown_parameter_and_list_the_known_ones() {
        ToolResult result = dispatcher.dispatch("greet", "{\"name\": \"Ada\", \"nmae\": \"Ada\"}");

        assertThat(result.content())
                .isEqualTo("invalid arguments for greet: nmae: not a parameter of greet; "
                        + "its parameters are name, times, mood");
    }

    @Test
    void should_count_characters_not_utf16_units_against_a_bound() {
        assertThat(dispatcher.dispatch("greet", "{\"name\": \"😀😀😀😀😀\"}").isSuccess())
                .isTrue();

        ToolResult tooLong = dispatcher.dispatch("greet", "{\"name\": \"Adalbert\"}");

        assertThat(tooLong.content())
                .isEqualTo("invalid arguments for greet: name: 8 characters, more than the maximum of 5");
    }

    @Test
    void should_report_every_mistyped_parameter_at_once() {
        ToolResult result = dispatcher.dispatch(
                "measure", "{\"id\": \"7\", \"count\": 1.5, \"ratio\": true, \"amount\": [1], \"flag\": \"yes\"}");

        assertThat(result.content())
                .isEqualTo("invalid arguments for measure: id: expected an integer, got \"7\"; "
                        + "count: expected an integer, got 1.5; ratio: expected a number, got true; "
                        + "amount: expected a number, got an array; flag: expected true or false, got \"yes\"");
    }

    @Test
    void should_refuse_an_enum_value_outside_the_list() {
        ToolResult result = dispatcher.dispatch("greet", "{\"name\": \"Ada\", \"mood\": \"VERY_HAPPY\"}");

        assertThat(result.content())
                .isEqualTo("invalid arguments for greet: mood: expected one of calm, very_happy, got \"VERY_HAPPY\"");
    }

    @Test
    void should_take_null_for_an_optional_parameter_as_not_given_but_refuse_it_for_a_required_one() {
        assertThat(dispatcher
                        .dispatch("greet", "{\"name\": \"Ada\", \"times\": null}")
                        .content())
                .isEqualTo("{\"text\":\"Hello Ada\"}");
        assertThat(dispatcher.dispatch("greet", "{\"name\": null}").content())
                .isEqualTo("invalid arguments for greet: name: required, but null");
    }

    @Test
    void should_refuse_a_parameter_given_twice() {
        assertThat(dispatcher
                        .dispatch("greet", "{\"name\": \"Ada\", \"name\": \"Bob\"}")
                        .content())
                .isEqualTo("invalid arguments for greet: name: given twice");
    }

    @Test
    void should_accept_an_integer_written_with_a_zero_fraction_and_refuse_one_out_of_range() {
        assertThat(dispatcher
                        .dispatch("greet", "{\"name\": \"Ada\", \"times\": 3.0}")
                        .content())
                .isEqualTo("{\"text\":\"Hello Ada\",\"times\":3}");
        assertThat(dispatcher
                        .dispatch("greet", "{\"name\": \"Ada\", \"times\": 3000000000}")
                        .content())
                .isEqualTo("invalid arguments for greet: times: must be between -2147483648 and 2147483647");
    }

    @Test
    void should_refuse_arguments_that_are_not_one_json_object() {
        assertThat(dispatcher.dispatch("greet", "{\"name\": \"Ada\"").content())
                .startsWith("invalid arguments for greet: the arguments are not valid JSON");
        assertThat(dispatcher.dispatch("greet", "[\"Ada\"]").content())
                .isEqualTo("invalid arguments for greet: the arguments must be a JSON object of named parameters");
        assertThat(dispatcher.dispatch("greet", "{\"name\": \"Ada\"} {}").content())
                .isEqualTo("invalid arguments for greet: the arguments must be exactly one JSON object");
        assertThat(tools.calls).isEmpty();
    }

    @Test
    void should_prepare_a_call_without_running_it_and_run_it_on_execute() {
        ToolCall call = dispatcher.prepare("erase", "{\"id\": 4}");

        assertThat(call.isValid()).isTrue();
        assertThat(call.requiresConfirmation()).isTrue();
        assertThat(tools.calls).isEmpty();

        assertThat(dispatcher.execute(call).isSuccess()).isTrue();
        assertThat(tools.calls).containsExactly("erase 4");
    }

    @Test
    void should_tell_which_tools_require_confirmation() {
        assertThat(dispatcher.requiresConfirmation("erase")).isTrue();
        assertThat(dispatcher.requiresConfirmation("greet")).isFalse();
        assertThat(dispatcher.requiresConfirmation("no_such_tool")).isFalse();
        assertThat(dispatcher.prepare("erase", "{}").requiresConfirmation())
                .as("an invalid call runs nowhere")
                .isFalse();
    }

    @Test
    void should_report_a_broken_crm_rule_naming_the_field() {
        ToolResult result = dispatcher.dispatch("refuse", "{\"email\": \"john\"}");

        assertThat(result)
                .isEqualTo(new ToolResult(
                        "refuse", Status.ERROR, "email: must be a valid email address such as jane@example.com"));
    }

    @Test
    void should_report_an_unexpected_failure_without_throwing_or_leaking_its_message() {
        ToolResult result = dispatcher.dispatch("crash", "{}");

        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.content()).isEqualTo("the tool failed unexpectedly (IllegalStateException)");
    }

    @Test
    void should_refuse_tools_it_cannot_describe() {
        assertThatThrownBy(() -> ToolDispatcher.of(new Object())).hasMessageContaining("has no @Tool methods");
        assertThatThrownBy(() -> ToolDispatcher.of(new SampleTools(), new SampleTools()))
                .hasMessageContaining("two tools are named crash");
        assertThatThrownBy(() -> ToolDispatcher.of(new DateTool()))
                .hasMessageContaining("parameter day of DateTool.schedule has type java.time.LocalDate");
        assertThatThrownBy(() -> ToolDispatcher.of(new OptionalPrimitiveTool()))
                .hasMessageContaining(
                        "parameter id of OptionalPrimitiveTool.find is optional, so it must be a boxed type");
    }

    @Test
    void should_offer_a_record_parameter_as_its_components_in_order() {
        ToolDispatcher grouped = ToolDispatcher.of(new GroupedTools());
        ToolSpecification list = grouped.specification("list").orElseThrow();

        assertThat(list.parameters().properties()).containsOnlyKeys("what", "order", "count", "after");
        assertThat(list.parameters().properties().keySet()).containsExactly("what", "order", "count", "after");
        assertThat(list.parameters().required()).containsExactly("what");
        assertThat(((JsonEnumSchema) list.parameters().properties().get("order")).enumValues())
                .as("the type variable takes the type argument of the method's parameter")
                .containsExactly("calm", "very_happy");
        assertThat(((JsonRawSchema) list.parameters().properties().get("after")).schema())
                .isEqualTo("{\"type\":\"string\",\"maxLength\":4,\"description\":\"after this\"}");
        assertThat(ToolDispatcher.specificationsOf(GroupedTools.class)).isEqualTo(grouped.specifications());
    }

    @Test
    void should_build_a_record_parameter_from_the_arguments_of_its_components() {
        GroupedTools target = new GroupedTools();
        ToolDispatcher grouped = ToolDispatcher.of(target);

        ToolResult result = grouped.dispatch("list", "{\"what\": \"deals\", \"order\": \"calm\", \"after\": \"abc\"}");

        assertThat(result.isSuccess()).as(result.content()).isTrue();
        assertThat(target.received)
                .containsExactly("deals", new Window<>(SampleTools.Mood.CALM, new Limit(null, "abc")));
    }

    @Test
    void should_check_the_components_of_a_record_parameter_like_parameters() {
        GroupedTools target = new GroupedTools();
        ToolDispatcher grouped = ToolDispatcher.of(target);

        assertThat(grouped.dispatch("list", "{\"what\": \"deals\", \"after\": \"abcde\"}")
                        .content())
                .isEqualTo("invalid arguments for list: after: 5 characters, more than the maximum of 4");
        assertThat(grouped.dispatch("list", "{\"what\": \"deals\", \"window\": {}}")
                        .content())
                .isEqualTo("invalid arguments for list: window: not a parameter of list; "
                        + "its parameters are what, order, count, after");
        assertThat(target.received).isEmpty();
    }

    @Test
    void should_refuse_a_record_parameter_it_cannot_expand() {
        assertThatThrownBy(() -> ToolDispatcher.of(new WildcardRecordTool()))
                .hasMessageContaining("parameter order of WildcardRecordTool.list has type ?")
                .hasMessageContaining("needs its type arguments");
        assertThatThrownBy(() -> ToolDispatcher.of(new DescribedRecordTool()))
                .hasMessageContaining("parameter limit of DescribedRecordTool.list is a record, which stands for its");
    }

    record Window<S extends Enum<S>>(
            @P(value = "order", required = false) @Nullable S order, Limit limit) {}

    record Limit(
            @P(value = "how many", required = false) @Nullable
            Integer count,

            @P(value = "after this", required = false) @MaxLength(4) @Nullable
            String after) {}

    static final class GroupedTools {
        final List<Object> received = new CopyOnWriteArrayList<>();

        @Tool(name = "list", value = "Lists")
        void list(@P("what") String what, Window<SampleTools.Mood> window) {
            received.add(what);
            received.add(window);
        }
    }

    static final class WildcardRecordTool {
        @Tool(name = "list", value = "Lists")
        void list(Window<?> window) {}
    }

    static final class DescribedRecordTool {
        @Tool(name = "list", value = "Lists")
        void list(@P("a limit") Limit limit) {}
    }

    static final class DateTool {
        @Tool("Schedules")
        void schedule(@P("a day") LocalDate day) {}
    }

    static final class OptionalPrimitiveTool {
        @Tool("Finds")
        void find(@P(value = "an id", required = false) long id) {}
    }
}
