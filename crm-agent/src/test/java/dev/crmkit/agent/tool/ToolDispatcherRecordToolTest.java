package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.tool.ToolResult.Status;
import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
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

    private final ToolDispatcher dispatcher =
            ToolDispatcher.builder().add(new Books(), List.of(UPDATE)).build();

    @Test
    void should_describe_a_record_tool_as_the_method_with_the_same_parameters() {
        ToolSpecification method = dispatcher.specification("rename_book").orElseThrow();
        ToolSpecification declared = dispatcher.specification("update_book").orElseThrow();

        assertThat(declared.parameters()).isEqualTo(method.parameters());
        assertThat(ToolDispatcher.specificationsOf(Books.class, List.of(UPDATE)))
                .isEqualTo(dispatcher.specifications());
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
}
