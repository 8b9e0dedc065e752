package dev.crmkit.agent.tool;

import org.jspecify.annotations.Nullable;

/**
 * Runs a tool described by a {@link dev.langchain4j.agent.tool.ToolSpecification} rather than by
 * {@link dev.langchain4j.agent.tool.Tool} methods: for tools a host builds at run time (from a
 * plug-in list, a remote API's description). Registered with {@link ToolDispatcher.Builder#add(
 * dev.langchain4j.agent.tool.ToolSpecification, ToolExecutor)}.
 *
 * <p>The dispatcher only checks that the arguments are one JSON object; checking them against the
 * specification's schema is the executor's job (a {@code @Tool} method gets that for free, so prefer
 * one where the parameters are known when the code is written). To refuse the input, throw a
 * {@link dev.crmkit.core.kernel.CrmException} (a {@link dev.crmkit.core.kernel.ValidationException} names the
 * parameter): its message is what the model reads. Any other exception is logged and reported to the
 * model as an unexpected failure. Must be thread-safe: conversations run in parallel.
 */
@FunctionalInterface
public interface ToolExecutor {

    /**
     * @param argumentsJson the arguments as the model wrote them: one JSON object, {@code {}} for none
     * @return a value Jackson serialises (a record, a map, a string), or null for {@code null}
     * @throws Exception to refuse the call or report a failure; the model reads the message
     */
    @Nullable
    Object execute(String argumentsJson) throws Exception;
}
