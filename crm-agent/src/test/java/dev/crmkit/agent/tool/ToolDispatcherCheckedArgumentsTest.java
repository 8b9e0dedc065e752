package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.tool.ToolResult.Status;
import dev.crmkit.core.kernel.ValidationException;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A {@link Tool} method's record parameters that are {@link CheckedArguments} name what the method would
 * refuse when the schema refused some of a call's arguments, so one answer lists every error of the call.
 */
class ToolDispatcherCheckedArgumentsTest {

    /** A shelf of books by id. */
    static final class Shelf {
        final Set<Long> ids = Set.of(4L, 5L);
        int lent;

        @Tool(name = "lend_book", value = "Lends a book.")
        String lend(Loan loan, Paging paging) {
            loan.check(this);
            lent++;
            return loan.id() + ":" + loan.days();
        }

        @Tool(name = "return_book", value = "Takes a book back.")
        String giveBack(@P("book id") long id, Condition condition) {
            return id + ":" + condition.note();
        }
    }

    /** What "lend_book" refuses beyond its schema: a book not on the shelf, a loan of no days. */
    record Loan(
            @P("book id") long id, @P("for how many days") int days) implements CheckedArguments<Shelf> {
        @Override
        public void check(Shelf shelf) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (id != 0 && !shelf.ids.contains(id)) {
                errors.put("id", "no book has this id");
            }
            if (days < 1) {
                errors.put("days", "must be at least 1");
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    record Paging(@P("at most this many") @Nullable Integer limit) implements CheckedArguments<Object> {
        @Override
        public void check(Object tools) {
            if (limit != null && limit > 10) {
                throw new ValidationException("limit", "must be at most 10");
            }
        }
    }

    record Condition(@P("how it came back") @Nullable String note) implements CheckedArguments<Object> {
        @Override
        public void check(Object tools) {
            throw new IllegalStateException("a bug in the check");
        }
    }

    private final Shelf shelf = new Shelf();
    private final ToolDispatcher dispatcher = ToolDispatcher.of(shelf);

    @Test
    void should_answer_the_checks_errors_of_every_record_after_the_schemas() {
        ToolResult result = dispatcher.dispatch("lend_book", "{\"id\": 9, \"days\": 0, \"limit\": 11, \"colour\": 1}");

        assertThat(result)
                .isEqualTo(new ToolResult(
                        "lend_book",
                        Status.INVALID_ARGUMENTS,
                        "invalid arguments for lend_book: colour: not a parameter of lend_book; its parameters are"
                                + " id, days, limit; id: no book has this id; days: must be at least 1;"
                                + " limit: must be at most 10"));
        assertThat(shelf.lent).isZero();
    }

    @Test
    void should_check_a_primitive_the_schema_refused_as_zero_and_name_it_once() {
        assertThat(dispatcher
                        .dispatch("lend_book", "{\"id\": 4, \"days\": \"two\"}")
                        .content())
                .isEqualTo("invalid arguments for lend_book: days: expected an integer, got \"two\"");
        assertThat(dispatcher.dispatch("lend_book", "{\"days\": 0}").content())
                .isEqualTo("invalid arguments for lend_book: id: required but missing; days: must be at least 1");
    }

    @Test
    void should_run_the_method_alone_when_the_schema_accepts_the_arguments() {
        assertThat(dispatcher.dispatch("lend_book", "{\"id\": 4, \"days\": 7, \"limit\": 11}"))
                .isEqualTo(new ToolResult("lend_book", Status.SUCCESS, "\"4:7\""));
        assertThat(dispatcher.dispatch("lend_book", "{\"id\": 9, \"days\": 0}"))
                .isEqualTo(
                        new ToolResult("lend_book", Status.ERROR, "id: no book has this id; days: must be at least 1"));
    }

    @Test
    void should_answer_the_schemas_errors_alone_when_a_check_fails_otherwise() {
        assertThat(dispatcher.dispatch("return_book", "{\"id\": \"four\"}").content())
                .isEqualTo("invalid arguments for return_book: id: expected an integer, got \"four\"");
    }

    @Test
    void should_check_a_valid_call_before_it_waits_for_confirmation_without_running_it() {
        ToolCall refused = dispatcher.prepare("lend_book", "{\"id\": 9, \"days\": 0, \"limit\": 11}");
        ToolCall accepted = dispatcher.prepare("lend_book", "{\"id\": 4, \"days\": 7}");
        ToolCall broken = dispatcher.prepare("return_book", "{\"id\": 4}");

        assertThat(refused.isValid()).isTrue();
        assertThat(refused.checked().rejection())
                .hasValue(new ToolResult(
                        "lend_book",
                        Status.INVALID_ARGUMENTS,
                        "invalid arguments for lend_book: id: no book has this id; days: must be at least 1;"
                                + " limit: must be at most 10"));
        assertThat(accepted.checked()).isSameAs(accepted);
        assertThat(broken.checked())
                .as("a check that fails otherwise names nothing")
                .isSameAs(broken);
        assertThat(shelf.lent).isZero();
    }

    /** A tool object that is not the shelf {@link Loan} checks against. */
    static final class Library {
        @Tool(name = "lend_book", value = "Lends a book.")
        String lend(Loan loan) {
            return "lent";
        }
    }

    @Test
    void should_refuse_a_check_that_reads_another_kind_of_tool_object() {
        assertThatThrownBy(() -> ToolDispatcher.of(new Library()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Loan checks the arguments of lend on a")
                .hasMessageContaining("Shelf");
    }
}
