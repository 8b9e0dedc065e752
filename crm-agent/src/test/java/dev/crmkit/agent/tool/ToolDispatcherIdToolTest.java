package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.tool.ToolResult.Status;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Tools declared in code ({@link IdTool}) beside a tool object's methods. */
class ToolDispatcherIdToolTest {

    /** A tool object whose "find" is a method, as the by-id tools would be without {@link IdTool}. */
    static final class Books {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Tool(name = "list_books", value = "Lists books. Example: {}")
        String list() {
            return "all";
        }

        @Tool(name = "find_book", value = "Finds one book. Example: {\"id\": 4}")
        String find(@P("book id") long id) {
            return "book " + id;
        }
    }

    private static final List<IdTool<Books>> BY_ID = List.of(
            new IdTool<>("get_book", "Gets one book. Example: {\"id\": 4}", "book id", false, (books, id) -> {
                books.calls.add("get " + id);
                return "book " + id;
            }),
            new IdTool<>("delete_book", "Deletes a book. Example: {\"id\": 4}", "book id", true, (books, id) -> {
                books.calls.add("delete " + id);
                return null;
            }));

    private final Books books = new Books();
    private final ToolDispatcher dispatcher =
            ToolDispatcher.builder().add(books, BY_ID).build();

    @Test
    void should_sort_id_tools_by_name_among_the_objects_methods() {
        assertThat(dispatcher.specifications())
                .extracting(ToolSpecification::name)
                .containsExactly("delete_book", "find_book", "get_book", "list_books");
        assertThat(ToolDispatcher.specificationsOf(Books.class, BY_ID)).isEqualTo(dispatcher.specifications());
    }

    @Test
    void should_describe_an_id_tool_as_a_method_with_one_long_id_parameter() {
        ToolSpecification method = dispatcher.specification("find_book").orElseThrow();
        ToolSpecification declared = dispatcher.specification("get_book").orElseThrow();

        assertThat(declared.parameters()).isEqualTo(method.parameters());
        assertThat(declared.description()).isEqualTo("Gets one book. Example: {\"id\": 4}");
    }

    @Test
    void should_run_an_id_tool_against_the_object_it_was_added_with() {
        assertThat(dispatcher.dispatch("get_book", "{\"id\": 4}"))
                .isEqualTo(new ToolResult("get_book", Status.SUCCESS, "\"book 4\""));
        assertThat(books.calls).containsExactly("get 4");
    }

    @Test
    void should_check_the_id_like_a_methods_long_parameter() {
        ToolResult mistyped = dispatcher.dispatch("get_book", "{\"id\": \"four\"}");
        ToolResult missing = dispatcher.dispatch("get_book", "{}");

        assertThat(mistyped.status()).isEqualTo(Status.INVALID_ARGUMENTS);
        assertThat(mistyped.content()).contains("id").contains("expected an integer");
        assertThat(missing.status()).isEqualTo(Status.INVALID_ARGUMENTS);
        assertThat(books.calls).isEmpty();
    }

    @Test
    void should_ask_for_confirmation_where_the_id_tool_says_so() {
        assertThat(dispatcher.requiresConfirmation("delete_book")).isTrue();
        assertThat(dispatcher.requiresConfirmation("get_book")).isFalse();
        assertThat(dispatcher.prepare("delete_book", "{\"id\": 4}").requiresConfirmation())
                .isTrue();
    }
}
