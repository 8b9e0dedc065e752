/**
 * The assistant's evaluation suite (crm-agent's {@code dev.crmkit.agent.eval}) run from the benchmarks
 * module: {@link dev.crmkit.benchmarks.eval.EvalMain}.
 */
@NullMarked
package dev.crmkit.benchmarks.eval;

import org.jspecify.annotations.NullMarked;
