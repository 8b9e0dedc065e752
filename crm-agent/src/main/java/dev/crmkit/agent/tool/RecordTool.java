package dev.crmkit.agent.tool;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tool declared in code whose parameters are a required {@code long id}, when it has one, then the
 * components of argument records, in order: for tools every kind of record has alike that take more
 * than an id (create, search, update), declared once and instantiated per kind with its argument
 * records and descriptions. The dispatcher expands each record exactly as it does a {@link
 * dev.langchain4j.agent.tool.Tool} method's record parameter, so the model sees the same specification
 * a method {@code m(@P(idDescription) long id, A a, B b)} would give, and a call is checked the same way.
 *
 * @param <O>                  the type of the tool object the tool runs against
 * @param name                 the tool's name
 * @param description          what the model reads about the tool
 * @param idDescription        what the model reads about the {@code id} parameter; null when the tool has none
 * @param arguments            the argument record classes, in the order their components are offered
 * @param requiresConfirmation true when a call waits for the host's confirmation, as with
 *                             {@link RequiresConfirmation}
 * @param action               runs the tool
 * @param check                names what the action would refuse in arguments the schema already refused,
 *                             so that one answer lists every error of the call ({@link Check})
 */
public record RecordTool<O>(
        String name,
        String description,
        @Nullable String idDescription,
        List<Class<? extends Record>> arguments,
        boolean requiresConfirmation,
        Action<O> action,
        Check<O> check)
        implements DeclaredTool<O> {

    /**
     * Runs a {@link RecordTool}. Must be thread-safe: conversations run in parallel.
     *
     * @param <O> the type of the tool object
     */
    @FunctionalInterface
    public interface Action<O> {

        /**
         * @param toolObject the object the tool was added with
         * @param arguments  what the model gave: the id and one instance of each argument record
         * @return a value Jackson serialises, as a tool method's result
         * @throws RuntimeException to refuse the call (a {@link dev.crmkit.core.kernel.CrmException}) or
         *                          report a failure; the model reads the message
         */
        @Nullable
        Object apply(O toolObject, Arguments arguments);
    }

    /**
     * Finds, without any effect, the errors for which a {@link RecordTool}'s action would refuse its
     * arguments: building the command they make, say, and checking values against rules the schema cannot
     * hold. The dispatcher runs it only when the arguments broke the tool's schema (an unknown key, a
     * value of the wrong type, a missing parameter) and the action will not run, so that the answer names
     * the check's errors beside the schema's and the model corrects all of them in its next call. The
     * arguments are then those the schema let through: a parameter it refused, or that was not given, is
     * {@code null} (the id 0), so a check takes them as absent. A call that meets the schema runs the action
     * alone, which checks again; unless it is to wait for a host's confirmation: then the check runs first
     * ({@link ToolCall#checked}), and a call it refuses is answered at once, never made pending. Must be
     * thread-safe, like the action.
     *
     * @param <O> the type of the tool object
     */
    @FunctionalInterface
    public interface Check<O> {

        /**
         * @param <O> the type of the tool object
         * @return a check that finds nothing: the schema's errors alone are answered
         */
        static <O> Check<O> none() {
            return (toolObject, arguments) -> {};
        }

        /**
         * @param toolObject the object the tool was added with
         * @param arguments  what the model gave, as far as the schema accepted it
         * @throws dev.crmkit.core.kernel.ValidationException naming each field the action would refuse,
         *     as the tool names it ({@code email}, {@code customFields.tier}); anything else it throws is
         *     ignored and the schema's errors alone are answered
         */
        void check(O toolObject, Arguments arguments);
    }

    /**
     * @param name                 the tool's name
     * @param description          what the model reads about the tool
     * @param idDescription        what the model reads about the {@code id} parameter; null for none
     * @param arguments            the argument record classes
     * @param requiresConfirmation true when a call waits for the host's confirmation
     * @param action               runs the tool
     * @param check                names what the action would refuse when the schema refused the arguments
     * @throws IllegalArgumentException when the name is blank or a record class is given twice
     */
    public RecordTool {
        requireNamed(name, description, action);
        Objects.requireNonNull(check, "check");
        arguments = List.copyOf(arguments);
        if (arguments.stream().distinct().count() != arguments.size()) {
            throw new IllegalArgumentException("tool " + name + " takes a record class twice");
        }
    }

    /**
     * A tool whose answer to arguments that break its schema names the schema's errors alone
     * ({@link Check#none()}).
     *
     * @param name                 the tool's name
     * @param description          what the model reads about the tool
     * @param idDescription        what the model reads about the {@code id} parameter; null for none
     * @param arguments            the argument record classes
     * @param requiresConfirmation true when a call waits for the host's confirmation
     * @param action               runs the tool
     * @throws IllegalArgumentException when the name is blank or a record class is given twice
     */
    public RecordTool(
            String name,
            String description,
            @Nullable String idDescription,
            List<Class<? extends Record>> arguments,
            boolean requiresConfirmation,
            Action<O> action) {
        this(name, description, idDescription, arguments, requiresConfirmation, action, Check.none());
    }

    /** Checks what every declared tool needs: a name that is not blank, a description and an action. */
    static void requireNamed(String name, String description, Object action) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(action, "action");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a tool needs a name");
        }
    }

    /** What a call of a {@link RecordTool} received. Immutable. */
    public static final class Arguments {

        private final long id;
        private final List<Class<? extends Record>> types;
        private final Record[] records;

        Arguments(long id, List<Class<? extends Record>> types, Record[] records) {
            this.id = id;
            this.types = types;
            this.records = records;
        }

        /** @return the {@code id} the model gave; 0 for a tool without one */
        public long id() {
            return id;
        }

        /**
         * @param <R>  the record type
         * @param type one of the tool's argument record classes
         * @return the record made of the components the model gave
         * @throws IllegalArgumentException when {@code type} is not one of the tool's argument records
         */
        public <R extends Record> R get(Class<R> type) {
            int index = types.indexOf(type);
            if (index < 0) {
                throw new IllegalArgumentException(type.getName() + " is not an argument of this tool; it takes "
                        + Arrays.toString(types.toArray()));
            }
            return type.cast(records[index]);
        }
    }
}
