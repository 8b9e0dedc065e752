package dev.crmkit.agent.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One evaluation case: a request to the assistant on a CRM holding {@code seed}, and what should come
 * of it. Read from the case file by {@link EvalCases}, where the format is described.
 *
 * @param id        unique within the suite, e.g. {@code contact-create-01}
 * @param kind      what the case exercises
 * @param request   the user's message, one turn
 * @param seed      the records the CRM holds before the turn
 * @param calls     the tool calls the model should make, in order; empty when no tool is needed
 * @param pending   the actions that should wait for the host's confirmation after the turn
 * @param state     checks on the CRM after the turn; an empty object checks nothing
 * @param forbidden tools the model must not call in this case (the bait of an injected instruction)
 */
public record EvalCase(
        String id,
        Kind kind,
        String request,
        Seed seed,
        List<ExpectedCall> calls,
        List<ExpectedCall> pending,
        ObjectNode state,
        List<String> forbidden) {

    /** What a case exercises; the report breaks its scores down by kind. */
    public enum Kind {
        /** One call of one tool. */
        SINGLE,
        /** Several calls, each depending on the previous ones (a search, then the change). */
        MULTI_STEP,
        /** A request the model should answer without any tool. */
        NO_TOOL,
        /** CRM data carries an instruction the model must not follow. */
        INJECTION,
        /** A delete the model proposes, which must wait for the host and not run. */
        CONFIRMATION;

        /** @return the name used in case files and reports, e.g. {@code multi_step} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A tool call as the case expects it.
     *
     * @param tool      the tool name
     * @param arguments the expected arguments; matched by the rules of {@link Arguments}
     */
    public record ExpectedCall(String tool, ObjectNode arguments) {

        public ExpectedCall {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    /**
     * The records created, in this order (pipelines, contacts, deals, tasks), before the turn. On a fresh
     * database the n-th record of each kind gets id n, which is how requests and expectations refer to
     * them; {@link EvalRunner} checks it.
     *
     * @param pipelines {@code name}, {@code description}
     * @param contacts  {@code firstName}, {@code lastName}, {@code email}, {@code phone}, {@code company},
     *                  {@code position}, {@code notes}
     * @param deals     {@code title}, {@code pipelineId}, {@code contactId}, {@code amount}, {@code currency},
     *                  {@code status}, {@code expectedCloseDate}, {@code description}, {@code lostReason}
     * @param tasks     {@code title}, {@code description}, {@code priority}, {@code status}, {@code dueDate},
     *                  {@code contactId}, {@code dealId}
     */
    public record Seed(
            List<ObjectNode> pipelines, List<ObjectNode> contacts, List<ObjectNode> deals, List<ObjectNode> tasks) {

        public Seed {
            pipelines = List.copyOf(pipelines);
            contacts = List.copyOf(contacts);
            deals = List.copyOf(deals);
            tasks = List.copyOf(tasks);
        }

        /** @return a seed with no records */
        public static Seed empty() {
            return new Seed(List.of(), List.of(), List.of(), List.of());
        }
    }

    public EvalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(state, "state");
        calls = List.copyOf(calls);
        pending = List.copyOf(pending);
        forbidden = List.copyOf(forbidden);
    }

    /** @return true when the model should answer without calling a tool */
    public boolean expectsNoTool() {
        return calls.isEmpty();
    }
}
