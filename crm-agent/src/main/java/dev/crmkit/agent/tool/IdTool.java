package dev.crmkit.agent.tool;

import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tool of one required integer parameter {@code id}, declared in code rather than as a
 * {@link dev.langchain4j.agent.tool.Tool} method: for the tools that every kind of record has alike
 * (get one by id, delete one by id), declared once and instantiated per kind with its name and
 * descriptions. It is a {@link RecordTool} without argument records: it runs against a tool object, as a
 * method would, and is added beside that object's methods with {@link ToolDispatcher.Builder#add(Object,
 * java.util.List)}. The dispatcher reads and checks the id exactly as it does a method's {@code long}
 * parameter, and the model sees the same specification a method {@code m(@P(idDescription) long id)} would give.
 *
 * @param <O>                  the type of the tool object the tool runs against
 * @param name                 the tool's name
 * @param description          what the model reads about the tool
 * @param idDescription        what the model reads about the {@code id} parameter
 * @param requiresConfirmation true when a call waits for the host's confirmation, as with
 *                             {@link RequiresConfirmation}
 * @param action               runs the tool
 */
public record IdTool<O>(
        String name, String description, String idDescription, boolean requiresConfirmation, Action<O> action)
        implements DeclaredTool<O> {

    /**
     * Runs an {@link IdTool}. Must be thread-safe: conversations run in parallel.
     *
     * @param <O> the type of the tool object
     */
    @FunctionalInterface
    public interface Action<O> {

        /**
         * @param toolObject the object the tool was added with
         * @param id         the id the model gave
         * @return a value Jackson serialises, as a tool method's result
         * @throws RuntimeException to refuse the call (a {@link dev.crmkit.core.kernel.CrmException}) or
         *                          report a failure; the model reads the message
         */
        @Nullable
        Object apply(O toolObject, long id);
    }

    /**
     * @param name                 the tool's name
     * @param description          what the model reads about the tool
     * @param idDescription        what the model reads about the {@code id} parameter
     * @param requiresConfirmation true when a call waits for the host's confirmation
     * @param action               runs the tool
     * @throws IllegalArgumentException when the name is blank
     */
    public IdTool {
        RecordTool.requireNamed(name, description, action);
        Objects.requireNonNull(idDescription, "idDescription");
    }

    /** @return what the model is told about this tool */
    public ToolSpecification specification() {
        return ToolMethod.describe(this, Map.of()).specification();
    }

    /** @return this tool as the record tool it is: the id, no argument records */
    RecordTool<O> asRecordTool() {
        return new RecordTool<>(
                name,
                description,
                idDescription,
                List.of(),
                requiresConfirmation,
                (toolObject, arguments) -> action.apply(toolObject, arguments.id()));
    }
}
