package dev.crmkit.agent.tool;

/**
 * An argument record of a {@link dev.langchain4j.agent.tool.Tool} method that names what its tool would refuse
 * beyond the schema, as a {@link RecordTool.Check} does for a {@link RecordTool}: so that a call which breaks
 * the schema (an unknown key, a value of the wrong type, a missing parameter) is answered with the rules its
 * other values break too, and the model corrects all of them in its next call.
 *
 * <p>The dispatcher runs the check only when the schema refused some arguments and the method will not run;
 * it makes the record of the values the schema let through, a component it refused or that was not given
 * being {@code null} ({@code 0} or {@code false} when primitive), so a check takes those as absent. A call
 * that meets the schema runs the method alone, which checks again; unless it is to wait for a host's
 * confirmation: then the check runs first ({@link ToolCall#checked}), and a call it refuses is answered
 * at once, never made pending. Only a method's own parameters are
 * checked, not the records nested in them: a record's check calls those of its components. The check finds
 * errors without any effect (it may read, never write) and must be thread-safe, like the tool.
 *
 * @param <O> the type of the tool object the method belongs to, which the check may read through (a record
 *            whose check needs none declares {@code Object}); the dispatcher refuses a method whose tool
 *            object is not one
 */
public interface CheckedArguments<O> {

    /**
     * @param toolObject the object the tool was added with
     * @throws dev.crmkit.core.kernel.ValidationException naming each field the method would refuse, as the tool
     *     names it ({@code durationMinutes}); anything else it throws is ignored and the schema's errors alone
     *     are answered
     */
    void check(O toolObject);
}
