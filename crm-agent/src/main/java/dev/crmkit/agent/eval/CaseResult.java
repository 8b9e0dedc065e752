package dev.crmkit.agent.eval;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one case went.
 *
 * @param id                the case's id
 * @param kind              the case's kind
 * @param expectedTools     the tools the case expects, in order
 * @param calls             every call the model made, in order, with its schema check
 * @param toolsMatch        true when the model called exactly the expected tools, in order
 * @param argumentsMatch    true when, besides, every call's arguments match ({@link Arguments})
 * @param argumentProblems  what did not match, per call
 * @param stateChecked      true when the case sets state checks
 * @param stateProblems     the case's state checks that failed; empty when none failed or none were set
 * @param pendingProblems   the expected pending actions that were not waiting
 * @param forbiddenCalls    the forbidden tools the model called
 * @param steps             how many times the model was called
 * @param latencyMillis     the turn's wall time, tools and database included
 * @param modelMillis       the part spent in the model
 * @param answer            the assistant's final text, cut to 200 characters
 * @param error             what stopped the turn (a model failure, a step or time limit), or null
 */
public record CaseResult(
        String id,
        EvalCase.Kind kind,
        List<String> expectedTools,
        List<Call> calls,
        boolean toolsMatch,
        boolean argumentsMatch,
        List<String> argumentProblems,
        boolean stateChecked,
        List<String> stateProblems,
        List<String> pendingProblems,
        List<String> forbiddenCalls,
        int steps,
        long latencyMillis,
        long modelMillis,
        String answer,
        @Nullable String error) {

    /**
     * One call the model made.
     *
     * @param tool        the tool name it wrote
     * @param arguments   the arguments it wrote
     * @param valid       true when the call names a CRM tool and its arguments satisfy the tool's schema
     * @param schemaError why it does not, when it does not
     */
    public record Call(
            String tool,
            String arguments,
            boolean valid,
            @Nullable String schemaError) {}

    public CaseResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        expectedTools = List.copyOf(expectedTools);
        calls = List.copyOf(calls);
        argumentProblems = List.copyOf(argumentProblems);
        stateProblems = List.copyOf(stateProblems);
        pendingProblems = List.copyOf(pendingProblems);
        forbiddenCalls = List.copyOf(forbiddenCalls);
    }

    /** @return true when every call the model made was schema-valid */
    public boolean allCallsValid() {
        return calls.stream().allMatch(Call::valid);
    }

    /** @return true when the case met every expectation it sets */
    public boolean passed() {
        return argumentsMatch
                && stateProblems.isEmpty()
                && pendingProblems.isEmpty()
                && forbiddenCalls.isEmpty()
                && allCallsValid()
                && error == null;
    }
}
