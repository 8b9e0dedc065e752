package dev.crmkit.agent.tool;

/**
 * A tool declared in code rather than as a {@link dev.langchain4j.agent.tool.Tool} method: for the tools
 * that every kind of record has alike, declared once and instantiated per kind with its name and
 * descriptions. It runs against a tool object, as a method would, and is added beside that object's
 * methods with {@link ToolDispatcher.Builder#add(Object, java.util.List)}, sorted with them by name.
 *
 * @param <O> the type of the tool object the tool runs against
 */
public sealed interface DeclaredTool<O> permits IdTool, RecordTool {

    /** @return the tool's name */
    String name();
}
