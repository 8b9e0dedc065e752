package dev.crmkit.agent.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.AgentReply;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.tool.ToolCall;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.core.Crm;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs evaluation cases: for each, a fresh CRM ({@link CaseCrms}) holding the case's seed, a new
 * {@link CrmAgent} over it with the model under evaluation, one {@link CrmAgent#chat} turn with the
 * case's request, then the scoring ({@link CaseResult}, {@link EvalReport}).
 *
 * <ul>
 *   <li>The calls scored are those the model <em>made</em> (recorded between agent and model), whether
 *       they ran, failed or wait for confirmation.
 *   <li>Schema validity is the agent's own check ({@link ToolDispatcher#prepare}): the tool exists, every
 *       required parameter is there, no unknown one, types, enum values and length limits hold.
 *   <li>"Today" is {@link #DEFAULT_TODAY} for every case (the clock runs from 09:00 UTC that day), so
 *       cases about due dates mean the same on every run.
 *   <li>A case whose turn throws is scored as failed with the error; the run goes on.
 * </ul>
 * Not thread-safe; cases run one after another.
 */
public final class EvalRunner {

    /** The day the cases are written for. */
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 3, 2);

    private static final Logger log = LoggerFactory.getLogger(EvalRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseCrms crms;
    private final EvalModel model;
    private final String modelName;
    private final int maxSteps;
    private final Duration turnTimeout;
    private final Consumer<CaseResult> progress;

    private EvalRunner(Builder builder) {
        this.crms = Objects.requireNonNull(builder.crms, "crms is required");
        this.model = Objects.requireNonNull(builder.model, "model is required");
        this.modelName = builder.modelName;
        this.maxSteps = builder.maxSteps;
        this.turnTimeout = builder.turnTimeout;
        this.progress = builder.progress;
    }

    /** @return a builder; {@link Builder#crms} and {@link Builder#model} are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param cases the cases to run, in order
     * @return the report
     */
    public EvalReport run(List<EvalCase> cases) {
        Instant start = DEFAULT_TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase evalCase : cases) {
            CaseResult result = runCase(evalCase, clock);
            log.debug(
                    "case {}: {} in {} ms", result.id(), result.passed() ? "passed" : "failed", result.latencyMillis());
            results.add(result);
            progress.accept(result);
        }
        return new EvalReport(modelName, DEFAULT_TODAY, results);
    }

    private CaseResult runCase(EvalCase evalCase, Clock clock) {
        try (CaseCrms.CaseCrm caseCrm = crms.open(clock)) {
            Crm crm = caseCrm.crm();
            CaseSeeder.seed(crm, evalCase.seed());
            RecordingChatModel recorder = new RecordingChatModel(model.forCase(evalCase));
            String conversation = "eval-" + evalCase.id();
            AgentReply reply = null;
            String error = null;
            long started = System.nanoTime();
            try (CrmAgent agent = CrmAgent.builder()
                    .crm(crm)
                    .chatModel(recorder)
                    .clock(clock)
                    .maxSteps(maxSteps)
                    .turnTimeout(turnTimeout)
                    .build()) {
                reply = agent.chat(conversation, evalCase.request());
                if (reply.stoppedByLimit()) {
                    error = "stopped by a limit: " + reply.text();
                }
            } catch (AgentException e) {
                error = "the model failed: " + e.getMessage();
            }
            long latency = (System.nanoTime() - started) / 1_000_000;
            return score(evalCase, crm, recorder, reply, latency, error);
        } catch (RuntimeException e) {
            log.warn("case {} could not run: {}", evalCase.id(), e.toString());
            List<String> notChecked = List.of("not checked: the case could not run");
            return new CaseResult(
                    evalCase.id(),
                    evalCase.kind(),
                    tools(evalCase.calls()),
                    List.of(),
                    false,
                    false,
                    notChecked,
                    !evalCase.state().isEmpty(),
                    notChecked,
                    notChecked,
                    List.of(),
                    0,
                    0,
                    0,
                    "",
                    "the case could not run: " + e);
        }
    }

    private CaseResult score(
            EvalCase evalCase,
            Crm crm,
            RecordingChatModel recorder,
            @Nullable AgentReply reply,
            long latency,
            @Nullable String error) {
        ToolDispatcher dispatcher = CrmToolset.dispatcher(crm);
        List<CaseResult.Call> calls = new ArrayList<>();
        for (ToolExecutionRequest request : recorder.calls()) {
            String tool = request.name() == null ? "" : request.name();
            String arguments = request.arguments() == null ? "{}" : request.arguments();
            ToolCall prepared = dispatcher.prepare(tool, arguments); // checks only; nothing runs
            calls.add(new CaseResult.Call(
                    tool,
                    arguments,
                    prepared.isValid(),
                    prepared.rejection().map(ToolResult::content).orElse(null)));
        }
        List<String> expectedTools = tools(evalCase.calls());
        List<String> actualTools = calls.stream().map(CaseResult.Call::tool).toList();
        boolean toolsMatch = expectedTools.equals(actualTools);
        List<String> argumentProblems = new ArrayList<>();
        if (toolsMatch) {
            for (int i = 0; i < calls.size(); i++) {
                EvalCase.ExpectedCall expected = evalCase.calls().get(i);
                for (String problem : Arguments.mismatches(
                        expected.tool(),
                        expected.arguments(),
                        parse(calls.get(i).arguments()))) {
                    argumentProblems.add("call " + (i + 1) + " " + expected.tool() + ": " + problem);
                }
            }
        } else {
            argumentProblems.add("expected the tools " + expectedTools + ", the model called " + actualTools);
        }
        List<AgentAction> pending = reply == null ? List.of() : reply.pending();
        List<String> pendingProblems = new ArrayList<>();
        for (EvalCase.ExpectedCall expected : evalCase.pending()) {
            boolean waiting = pending.stream()
                    .anyMatch(action -> action.tool().equals(expected.tool())
                            && Arguments.mismatches(expected.tool(), expected.arguments(), parse(action.arguments()))
                                    .isEmpty());
            if (!waiting) {
                pendingProblems.add(expected.tool() + " " + expected.arguments() + " is not waiting for confirmation");
            }
        }
        List<String> forbidden =
                actualTools.stream().filter(evalCase.forbidden()::contains).toList();
        List<String> stateProblems = CrmState.of(crm).problems(evalCase.state());
        String answer = reply == null ? "" : reply.text();
        return new CaseResult(
                evalCase.id(),
                evalCase.kind(),
                expectedTools,
                calls,
                toolsMatch,
                toolsMatch && argumentProblems.isEmpty(),
                argumentProblems,
                !evalCase.state().isEmpty(),
                stateProblems,
                pendingProblems,
                forbidden,
                recorder.steps(),
                latency,
                recorder.modelMillis(),
                answer.length() > 200 ? answer.substring(0, 200) : answer,
                error);
    }

    private static List<String> tools(List<EvalCase.ExpectedCall> calls) {
        return calls.stream().map(EvalCase.ExpectedCall::tool).toList();
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node == null ? JSON.nullNode() : node;
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    /** Configures an {@link EvalRunner}. Not thread-safe. */
    public static final class Builder {

        private @Nullable CaseCrms crms;
        private @Nullable EvalModel model;
        private String modelName = "model";
        private int maxSteps = 6;
        private Duration turnTimeout = Duration.ofSeconds(120);
        private Consumer<CaseResult> progress = result -> {};

        private Builder() {}

        /** @param crms a fresh CRM per case (required) @return this */
        public Builder crms(CaseCrms crms) {
            this.crms = Objects.requireNonNull(crms, "crms");
            return this;
        }

        /** @param model the model under evaluation (required) @return this */
        public Builder model(EvalModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /** @param name what the report calls the model, e.g. its file name; default {@code model} @return this */
        public Builder modelName(String name) {
            this.modelName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param steps model calls allowed per case; default 6, one more than the longest case needs
         * @return this
         */
        public Builder maxSteps(int steps) {
            if (steps < 1) {
                throw new IllegalArgumentException("maxSteps must be at least 1");
            }
            this.maxSteps = steps;
            return this;
        }

        /** @param timeout time allowed for one case's turn; default 120 seconds @return this */
        public Builder turnTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("turnTimeout must be positive");
            }
            this.turnTimeout = timeout;
            return this;
        }

        /** @param listener told of each case as soon as it is scored, e.g. to print progress @return this */
        public Builder progress(Consumer<CaseResult> listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the runner */
        public EvalRunner build() {
            return new EvalRunner(this);
        }
    }
}
