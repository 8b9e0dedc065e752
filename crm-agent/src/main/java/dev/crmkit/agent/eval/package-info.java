/**
 * An evaluation suite for the assistant: CRM cases as data ({@link dev.crmkit.agent.eval.EvalCases}),
 * a runner that drives a {@link dev.crmkit.agent.CrmAgent} over a fresh CRM per case with any LangChain4j
 * chat model ({@link dev.crmkit.agent.eval.EvalRunner}), and a report with call, argument, no-tool,
 * state, safety and schema-validity scores and the latency of every case ({@link dev.crmkit.agent.eval.EvalReport}).
 *
 * <p>The case format and the scoring rules are described in {@link dev.crmkit.agent.eval.EvalCases},
 * {@link dev.crmkit.agent.eval.Arguments} and {@link dev.crmkit.agent.eval.EvalReport}.
 */
@NullMarked
package dev.crmkit.agent.eval;

import org.jspecify.annotations.NullMarked;
