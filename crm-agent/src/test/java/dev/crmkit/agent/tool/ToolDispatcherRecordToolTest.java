package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.tool.ToolResult.Status;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Tools declared in code whose parameters are argument records ({@link RecordTool}), beside a tool object's methods. */
class ToolDispatcherRecordToolTest {

    record Title(@P("new title") @MaxLength(5) Patch<String> title) {}

    record Paging(@P("at most this many") @Nullable Integer limit) {}

    /** A tool object whose "rename_book" is a method, as "update_book" would be without {@link RecordTool}. */
    static final class Books {
        @Tool(name = "rename_book", value = "Renames a book.")
        String rename(@P("book id") long id, Title title, Paging paging) {
            return describe(id, title, paging);
        }
    }

    private static String describe(long id, Title title, Paging paging) {
        String newTitle = title.title() instanceof Patch.Set<String> set ? set.value() : "unchanged";
        return id + ":" + newTitle + ":" + paging.limit();
    }

    private static final RecordTool<Books> UPDATE = new RecordTool<>(
            "update_book",
            "Renames a book.",
            "book id",
            List.of(Title.class, Paging.class),
            false,
            (books, given) -> describe(given.id(), given.get(Title.class), given.get(Paging.class)));

    /** What "retitle_book" refuses beyond its schema: an id of no book, a blank title. */
    private static void refuseUnknownOrBlank(Books books, RecordTool.Arguments given) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (given.id() != 4) {
            errors.put("id", "no book has this id");
        }
        if (given.get(Title.class).title() instanceof Patch.Set<String> set
                && set.value().isBlank()) {
            errors.put("title", "must not be blank");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static final RecordTool<Books> CHECKED = new RecordTool<>(
            "retitle_book",
            "Renames a book.",
            "book id",
            List.of(Title.class, Paging.class),
            false,
            (books, given) -> describe(given.id(), given.get(Title.class), given.get(Paging.class)),
            ToolDispatcherRecordToolTest::refuseUnknownOrBlank);

    private static final RecordTool<Books> CRASHING_CHECK = new RecordTool<>(
            "reissue_book",
            "Reissues a book.",
            "book id",
            List.of(Title.class, Paging.class),
            false,
            (books, given) -> "reissued",
            (books, given) -> {
                throw new IllegalStateException("a bug in the check");
            });

    private static final List<RecordTool<Books>> DECLARED = List.of(UPDATE, CHECKED, CRASHING_CHECK);

    private final ToolDispatcher dispatcher =
            ToolDispatcher.builder().add(new Books(), DECLARED).build();

    @Test
    void should_describe_a_record_tool_as_the_method_with_the_same_parameters() {
        ToolSpecification method = dispatcher.specification("rename_book").orElseThrow();
        ToolSpecification declared = dispatcher.specification("update_book").orElseThrow();

        assertThat(declared.parameters()).isEqualTo(method.parameters());
        assertThat(ToolDispatcher.specificationsOf(Books.class, DECLARED)).isEqualTo(dispatcher.specifications());
    }

    @Test
    void should_build_the_records_from_the_arguments_and_run_the_action() {
        assertThat(dispatcher.dispatch("update_book", "{\"id\": 4, \"title\": \"Emma\", \"limit\": 3}"))
                .isEqualTo(new ToolResult("update_book", Status.SUCCESS, "\"4:Emma:3\""));
        assertThat(dispatcher.dispatch("update_book", "{\"id\": 4}").content())
                .isEqualTo(dispatcher.dispatch("rename_book", "{\"id\": 4}").content())
                .isEqualTo("\"4:unchanged:null\"");
    }

    @Test
    void should_check_the_arguments_like_a_methods() {
        ToolResult declared = dispatcher.dispatch("update_book", "{\"id\": 4, \"title\": \"Persuasion\"}");
        ToolResult method = dispatcher.dispatch("rename_book", "{\"id\": 4, \"title\": \"Persuasion\"}");

        assertThat(declared.status()).isEqualTo(Status.INVALID_ARGUMENTS);
        assertThat(declared.content()).isEqualTo(method.content().replace("rename_book", "update_book"));
    }

    @Test
    void should_answer_the_checks_errors_after_the_schemas_when_the_schema_refused_a_value() {
        assertThat(dispatcher.dispatch("retitle_book", "{\"id\": 4, \"title\": \" \", \"limit\": \"ten\"}"))
                .isEqualTo(new ToolResult(
                        "retitle_book",
                        Status.INVALID_ARGUMENTS,
                        "invalid arguments for retitle_book: limit: expected an integer, got \"ten\"; "
                                + "title: must not be blank"));
    }

    @Test
    void should_name_a_field_the_schema_refused_once() {
        assertThat(dispatcher
                        .dispatch("retitle_book", "{\"id\": \"four\", \"title\": \" \"}")
                        .content())
                .isEqualTo("invalid arguments for retitle_book: id: expected an integer, got \"four\"; "
                        + "title: must not be blank");
    }

    @Test
    void should_not_check_arguments_that_are_not_one_object() {
        assertThat(dispatcher.dispatch("retitle_book", "[4]").content())
                .isEqualTo(
                        "invalid arguments for retitle_book: the arguments must be a JSON object of named parameters");
        assertThat(dispatcher
                        .dispatch("retitle_book", "{\"id\": 5, \"limit\": \"ten\"} {}")
                        .content())
                .isEqualTo("invalid arguments for retitle_book: limit: expected an integer, got \"ten\"; "
                        + "the arguments must be exactly one JSON object");
    }

    @Test
    void should_answer_the_schemas_errors_alone_when_the_check_fails_otherwise() {
        assertThat(dispatcher
                        .dispatch("reissue_book", "{\"id\": 4, \"limit\": \"ten\"}")
                        .content())
                .isEqualTo("invalid arguments for reissue_book: limit: expected an integer, got \"ten\"");
    }

    @Test
    void should_run_the_action_without_the_check_when_the_schema_accepts_the_arguments() {
        assertThat(dispatcher.dispatch("retitle_book", "{\"id\": 5, \"title\": \"Emma\"}"))
                .isEqualTo(new ToolResult("retitle_book", Status.SUCCESS, "\"5:Emma:null\""));
    }
}
