/**
 * From a model's tool call to a validated invocation and a compact JSON result: {@link
 * dev.crmkit.agent.tool.ToolDispatcher} over any object with LangChain4j {@code @Tool} methods,
 * with crmkit's {@link dev.crmkit.agent.tool.MaxLength} and {@link
 * dev.crmkit.agent.tool.RequiresConfirmation} annotations.
 */
@NullMarked
package dev.crmkit.agent.tool;

import org.jspecify.annotations.NullMarked;
