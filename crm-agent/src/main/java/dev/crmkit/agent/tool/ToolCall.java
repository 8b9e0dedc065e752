package dev.crmkit.agent.tool;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A model's tool call after {@link ToolDispatcher#prepare}: either validated and ready to
 * {@linkplain ToolDispatcher#execute execute} (now, or later once a host confirms it), or rejected
 * with the {@link ToolResult} that tells the model why. Immutable; executing it twice runs the tool
 * twice.
 */
public final class ToolCall {

    private final String tool;
    private final String arguments;
    private final @Nullable ToolMethod method;
    private final Object[] values;
    private final @Nullable ToolResult rejection;

    private ToolCall(
            String tool,
            String arguments,
            @Nullable ToolMethod method,
            Object[] values,
            @Nullable ToolResult rejection) {
        this.tool = tool;
        this.arguments = arguments;
        this.method = method;
        this.values = values;
        this.rejection = rejection;
    }

    static ToolCall valid(ToolMethod method, String arguments, Object[] values) {
        return new ToolCall(method.name, arguments, method, values, null);
    }

    static ToolCall rejected(String tool, String arguments, ToolResult rejection) {
        return new ToolCall(tool, arguments, null, new Object[0], rejection);
    }

    /** @return the tool name the model asked for */
    public String tool() {
        return tool;
    }

    /** @return the arguments as the model wrote them; {@code {}} when it wrote none */
    public String arguments() {
        return arguments;
    }

    /** @return true when the call names a tool and its arguments are valid for it */
    public boolean isValid() {
        return rejection == null;
    }

    /** @return why the call cannot run (unknown tool, invalid arguments); empty when it is valid */
    public Optional<ToolResult> rejection() {
        return Optional.ofNullable(rejection);
    }

    /** @return true when the tool is marked {@link RequiresConfirmation} and the call is valid */
    public boolean requiresConfirmation() {
        return method != null && method.requiresConfirmation;
    }

    /**
     * Runs the tool's {@link RecordTool.Check} (a method's {@link CheckedArguments}) over a valid call's
     * arguments, without running the tool: for a call that is to wait for a host's confirmation, so that one
     * the tool can only refuse goes back to the model at once, never to the user to confirm. The check may
     * read, never write; whether a record an id names exists is the tool's to say when it runs.
     *
     * @return this call when its check finds nothing (or it is rejected already); otherwise this call rejected
     *     with every error the check names, as a call that broke the schema is
     */
    public ToolCall checked() {
        if (method == null) {
            return this;
        }
        Map<String, String> errors = method.checkErrors(values);
        if (errors.isEmpty()) {
            return this;
        }
        Violations violations = new Violations();
        violations.addUnnamed(errors);
        return rejected(
                tool, arguments, new ToolResult(tool, ToolResult.Status.INVALID_ARGUMENTS, violations.describe(tool)));
    }

    @Nullable
    ToolMethod method() {
        return method;
    }

    Object[] values() {
        return values;
    }

    @Override
    public String toString() {
        return tool + arguments;
    }
}
