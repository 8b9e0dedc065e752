package dev.crmkit.agent.tool;

import java.util.Objects;

/**
 * What came of one tool call: the tool's result as compact JSON, or a short sentence saying what
 * was wrong. Never an exception: a model's mistake, and a CRM rule it broke, go back to the model
 * as an observation so it can correct itself.
 *
 * @param tool    the tool name the model asked for
 * @param status  how the call ended
 * @param content for {@link Status#SUCCESS} the result as compact JSON (nulls omitted); otherwise
 *                the error, naming the offending field where there is one ({@code "email: must be
 *                a valid email address such as jane@example.com"})
 */
public record ToolResult(String tool, Status status, String content) {

    /** How a call ended. */
    public enum Status {
        /** The tool ran and returned {@link #content()}. */
        SUCCESS,
        /** No tool has this name; nothing ran. */
        UNKNOWN_TOOL,
        /** The arguments are not valid for the tool's schema; nothing ran. */
        INVALID_ARGUMENTS,
        /** The tool ran and refused or failed: a CRM rule, a missing record, a conflict. */
        ERROR
    }

    /**
     * @param tool the tool name the model asked for
     * @param status how the call ended
     * @param content for {@link Status#SUCCESS} the result as compact JSON (nulls omitted); otherwise the error, naming the offending field where there is one ({@code "email: must be a valid email address such as jane@example.com"})
     * @throws NullPointerException when the tool, status or content is missing
     */
    public ToolResult {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }

    /** @return true when the tool ran and returned a result */
    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }
}
