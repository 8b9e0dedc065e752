package dev.crmkit.agent.tool;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From a model's tool call (a name and arguments as JSON) to the tool's result as compact JSON:
 * look the tool up, check the arguments against its schema while reading them, invoke the method,
 * serialise what it returned.
 *
 * <h2>Tools</h2>
 * Any object's methods annotated with LangChain4j's {@link Tool} ({@code name} or the method name;
 * the description from {@code value}), their parameters described with {@link dev.langchain4j.agent.tool.P}
 * and bounded with {@link MaxLength}. A parameter is required unless its type is annotated JSpecify
 * {@link Nullable @Nullable}, it is a {@link dev.crmkit.core.kernel.Patch Patch}, or its {@code @P} says
 * {@code required = false}. So a host tool's {@code @P("x") @Nullable String x} is optional (it used to be
 * required; to keep it so, drop {@code @Nullable}: a required parameter never receives null). Parameter
 * types are those of JSON: {@code String}, {@code long}, {@code int}, {@code double}, {@code BigDecimal},
 * {@code boolean} (boxed when optional) and enums (written as lower-case constant names). A
 * parameter of type {@link dev.crmkit.core.kernel.Patch Patch&lt;T&gt;} is offered and read as a {@code T}
 * and reaches the method as a patch: set to the value given, unchanged when the model left it out (or wrote
 * {@code null}), so an update tool hands its parameters to a crm-core update command as they are. A
 * parameter of a record type stands for the record's components, in order, each described like a
 * parameter on the record's header: parameters several tools share (paging, say) are declared once.
 * An optional {@code Map<String, Object>} parameter marked {@link RuntimeSchema} is a JSON object whose
 * members are known only at run time (the CRM's custom fields): its schema comes from the builder
 * ({@link Builder#objectParameters}), and without one the tool does not have the parameter.
 * The model sees them as parameters of their own; a generic record's type variables take the
 * arguments the method gives them (the CRM tools' {@code SortedPaging<ContactSort>}). A tool
 * returns a value Jackson serialises (records are ideal; {@code null} fields are omitted), or
 * {@code void} for {@code {"ok":true}}. To refuse input, it throws a {@link dev.crmkit.core.kernel.CrmException}:
 * its message (for a {@link dev.crmkit.core.kernel.ValidationException}, each field and message) is what the
 * model reads. Any other exception is logged and reported to the model as an unexpected failure.
 *
 * <p>Tools that every kind of record has alike (get, delete, create, search, update) are declared once in
 * code as {@link DeclaredTool}s ({@link IdTool}s of an id alone, {@link RecordTool}s of argument records, expanded
 * like a method's record parameters) and added beside a tool object's methods ({@link Builder#add(Object, List)}).
 *
 * <p>Tools a host builds at run time come as a {@link ToolSpecification} and a {@link ToolExecutor}
 * ({@link Builder#add(ToolSpecification, ToolExecutor)}); their arguments reach the executor as JSON,
 * checked only to be one object.
 *
 * <h2>Never throws for a model's mistake</h2>
 * An unknown tool, arguments that are not JSON, a missing, unknown, duplicated, mistyped or too long
 * parameter: each becomes a {@link ToolResult} whose content names the parameter, so any chat model,
 * grammar-constrained or not, can correct itself. The answer names every error of the call at once: when the
 * arguments were read whole and only some values refused, a {@link RecordTool}'s {@link RecordTool.Check} (a
 * method's record parameters that are {@link CheckedArguments}) runs over the values accepted, its errors after
 * the schema's ({@code invalid arguments for create_contact: customFields.shoe_size: not defined; ...; email:
 * must be a valid email address ...}), each field named once, the schema's error first. A valid call that is to
 * wait for a host's confirmation is checked before it does ({@link ToolCall#checked}).
 *
 * <h2>Cost</h2>
 * Everything reflective is resolved at construction: method handles bound to the tool objects,
 * parameter bindings by name, the specifications, one JSON factory and one object writer. A call
 * reads the arguments in one streaming pass straight into the argument array (no tree), invokes
 * one {@code invokeExact} and writes the result once.
 *
 * <p>Immutable and thread-safe when the tool objects are.
 */
public final class ToolDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ToolDispatcher.class);
    private static final String VOID_RESULT = "{\"ok\":true}";

    private final Map<String, ToolMethod> tools;
    private final List<ToolSpecification> specifications;
    private final String toolNames;
    private final ArgumentReader arguments;
    private final ObjectWriter writer;

    private ToolDispatcher(List<ToolMethod> methods) {
        Map<String, ToolMethod> byName = new HashMap<>();
        List<ToolSpecification> specs = new ArrayList<>();
        for (ToolMethod method : methods) {
            if (byName.put(method.name, method) != null) {
                throw new IllegalArgumentException(
                        "two tools are named " + method.name + "; tool names must be unique");
            }
            specs.add(method.specification);
        }
        this.tools = Map.copyOf(byName);
        this.specifications = List.copyOf(specs);
        this.toolNames =
                String.join(", ", methods.stream().map(method -> method.name).toList());
        JsonMapper mapper = JsonMapper.builder()
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        this.arguments = new ArgumentReader(mapper.getFactory());
        this.writer = mapper.writer();
    }

    /**
     * @param toolObjects objects with {@link Tool} methods; the tools keep this order, and within one
     *                    object are sorted by name, so the prompt the model sees is stable
     * @return the dispatcher
     * @throws IllegalArgumentException when an object has no tools, two tools share a name, or a
     *                                  parameter has an unsupported type
     */
    public static ToolDispatcher of(Object... toolObjects) {
        return of(Arrays.asList(toolObjects));
    }

    /**
     * The same as {@link #of(Object...)}, over a list.
     *
     * @param toolObjects objects with {@link Tool} methods
     * @return the dispatcher
     * @throws IllegalArgumentException as {@link #of(Object...)}
     */
    public static ToolDispatcher of(List<?> toolObjects) {
        Builder builder = builder();
        toolObjects.forEach(builder::add);
        return builder.build();
    }

    /** @return a builder that takes tool objects and specified tools, in the order the model sees them */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The specifications a dispatcher over instances of these classes would offer, in the same order,
     * without creating the instances: enough for a prompt or a grammar.
     *
     * @param toolClasses classes with {@link Tool} methods
     * @return their specifications
     * @throws IllegalArgumentException as {@link #of(Object...)}
     */
    public static List<ToolSpecification> specificationsOf(Class<?>... toolClasses) {
        return Arrays.stream(toolClasses)
                .flatMap(type -> specificationsOf(type, List.of()).stream())
                .toList();
    }

    /**
     * The specifications that {@link Builder#add(Object, List)} of an instance of this class and these
     * tools would add, in the same order, without creating the instance.
     *
     * @param <O>       the type of the tool object
     * @param toolClass a class with {@link Tool} methods
     * @param declared  tools declared in code that run against an instance of {@code toolClass}
     * @return their specifications
     * @throws IllegalArgumentException as {@link #of(Object...)}
     */
    public static <O> List<ToolSpecification> specificationsOf(
            Class<O> toolClass, List<? extends DeclaredTool<? super O>> declared) {
        return specificationsOf(toolClass, declared, Map.of());
    }

    /**
     * The specifications that {@link Builder#add(Object, List)} of an instance of this class and these
     * tools would add to a builder given these {@link Builder#objectParameters object parameters}.
     *
     * @param <O>              the type of the tool object
     * @param toolClass        a class with {@link Tool} methods
     * @param declared         tools declared in code that run against an instance of {@code toolClass}
     * @param objectParameters the schemas of {@link RuntimeSchema} parameters by name
     * @return their specifications
     * @throws IllegalArgumentException as {@link #of(Object...)}
     */
    public static <O> List<ToolSpecification> specificationsOf(
            Class<O> toolClass,
            List<? extends DeclaredTool<? super O>> declared,
            Map<String, ObjectParameter> objectParameters) {
        return Stream.concat(
                        annotatedMethods(toolClass, declared).stream()
                                .map(method -> ToolMethod.describe(method, objectParameters)),
                        declared.stream().map(tool -> ToolMethod.describe(tool, objectParameters)))
                .map(ToolMethod.Description::specification)
                .sorted(Comparator.comparing(ToolSpecification::name))
                .toList();
    }

    /** The class's {@link Tool} methods; it may have none when tools declared in code run against it. */
    private static List<Method> annotatedMethods(Class<?> toolClass, List<?> declared) {
        List<Method> annotated = new ArrayList<>();
        for (Class<?> type = toolClass; type != Object.class && type != null; type = type.getSuperclass()) {
            Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Tool.class))
                    .forEach(annotated::add);
        }
        if (annotated.isEmpty() && declared.isEmpty()) {
            throw new IllegalArgumentException(toolClass.getName() + " has no @Tool methods");
        }
        return annotated;
    }

    /** @return the tools' specifications, to put in a chat request */
    public List<ToolSpecification> specifications() {
        return specifications;
    }

    /**
     * @param toolName a tool's name
     * @return the specification of the tool with this name; empty when there is none
     */
    public Optional<ToolSpecification> specification(String toolName) {
        return Optional.ofNullable(tools.get(toolName)).map(tool -> tool.specification);
    }

    /**
     * @param toolName a tool's name
     * @return true when the tool with this name is marked {@link RequiresConfirmation}; false for an
     *     unknown name
     */
    public boolean requiresConfirmation(String toolName) {
        ToolMethod tool = tools.get(toolName);
        return tool != null && tool.requiresConfirmation;
    }

    /**
     * @param toolName a tool's name
     * @return true when pending calls of the tool with this name are withdrawn once their
     *     conversation changes data ({@link RequiresConfirmation#withdrawnByLaterChanges()}); false
     *     for an unknown name
     */
    public boolean withdrawnByLaterChanges(String toolName) {
        ToolMethod tool = tools.get(toolName);
        return tool != null && tool.withdrawnByLaterChanges;
    }

    /**
     * Looks the tool up and reads its arguments, without running it.
     *
     * @param toolName      the name the model wrote
     * @param argumentsJson the arguments the model wrote; null or blank means none
     * @return the call, valid or rejected; never throws for what a model wrote
     */
    public ToolCall prepare(String toolName, @Nullable String argumentsJson) {
        String json = argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson;
        ToolMethod tool = tools.get(toolName);
        if (tool == null) {
            return ToolCall.rejected(
                    toolName,
                    json,
                    new ToolResult(
                            toolName,
                            ToolResult.Status.UNKNOWN_TOOL,
                            "there is no tool named " + toolName + "; the tools are " + toolNames));
        }
        Violations violations = new Violations();
        Object[] values = arguments.read(tool, json, violations);
        if (!violations.isEmpty()) {
            if (violations.allNameAField()) {
                violations.addUnnamed(tool.checkErrors(values));
            }
            return ToolCall.rejected(
                    toolName,
                    json,
                    new ToolResult(toolName, ToolResult.Status.INVALID_ARGUMENTS, violations.describe(toolName)));
        }
        return ToolCall.valid(tool, json, values);
    }

    /**
     * Runs a prepared call: one invocation of the tool method.
     *
     * @param call a call from {@link #prepare} of this dispatcher
     * @return the result, or the call's rejection when it is not valid
     */
    public ToolResult execute(ToolCall call) {
        ToolMethod tool = call.method();
        if (tool == null) {
            return call.rejection().orElseThrow();
        }
        Object result;
        try {
            result = tool.invoke(call.values());
        } catch (RuntimeException e) {
            return new ToolResult(tool.name, ToolResult.Status.ERROR, ToolErrors.describe(tool.name, e));
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // A checked exception from a tool that declared one: a failure like any other.
            return new ToolResult(tool.name, ToolResult.Status.ERROR, ToolErrors.describe(tool.name, e));
        }
        return new ToolResult(tool.name, ToolResult.Status.SUCCESS, serialise(tool, result));
    }

    /**
     * {@link #prepare} then {@link #execute}: what a loop without confirmations does.
     *
     * @param toolName      the name the model wrote
     * @param argumentsJson the arguments the model wrote; null or blank means none
     * @return the result; never throws for what a model wrote
     */
    public ToolResult dispatch(String toolName, @Nullable String argumentsJson) {
        return execute(prepare(toolName, argumentsJson));
    }

    /** Collects tools for a {@link ToolDispatcher}. Not thread-safe. */
    public static final class Builder {

        private final List<ToolMethod> methods = new ArrayList<>();
        private Map<String, ObjectParameter> objectParameters = Map.of();

        private Builder() {}

        /**
         * Gives the {@link RuntimeSchema} parameters of the tool objects added after this call their
         * schemas; a parameter whose name is not among them is left out of its tool.
         *
         * @param objectParameters the schemas by the names the parameters' {@link RuntimeSchema} give
         * @return this
         */
        public Builder objectParameters(Map<String, ObjectParameter> objectParameters) {
            this.objectParameters = Map.copyOf(objectParameters);
            return this;
        }

        /**
         * @param toolObject an object with {@link Tool} methods; they follow the tools added before,
         *                   sorted by name
         * @return this
         * @throws IllegalArgumentException when the object has no tools or a parameter has an unsupported type
         */
        public Builder add(Object toolObject) {
            return add(toolObject, List.of());
        }

        /**
         * @param <O>        the type of the tool object
         * @param toolObject an object with {@link Tool} methods
         * @param declared   tools declared in code that run against {@code toolObject}; with its methods
         *                   they follow the tools added before, all sorted by name
         * @return this
         * @throws IllegalArgumentException when the object has no tools or a parameter has an unsupported type
         */
        public <O> Builder add(O toolObject, List<? extends DeclaredTool<? super O>> declared) {
            Objects.requireNonNull(toolObject, "toolObject");
            Stream.concat(
                            annotatedMethods(toolObject.getClass(), declared).stream()
                                    .map(method -> ToolMethod.of(toolObject, method, objectParameters)),
                            declared.stream().map(tool -> ToolMethod.of(toolObject, tool, objectParameters)))
                    .sorted(Comparator.comparing(tool -> tool.name))
                    .forEach(methods::add);
            return this;
        }

        /**
         * @param specification what the model is told: name, description, parameters
         * @param executor      runs a call with the arguments as JSON
         * @return this
         * @throws IllegalArgumentException when the specification has no name
         */
        public Builder add(ToolSpecification specification, ToolExecutor executor) {
            methods.add(ToolMethod.executing(
                    Objects.requireNonNull(specification, "specification"),
                    Objects.requireNonNull(executor, "executor")));
            return this;
        }

        /**
         * @return the dispatcher
         * @throws IllegalArgumentException when two tools share a name
         */
        public ToolDispatcher build() {
            return new ToolDispatcher(methods);
        }
    }

    private String serialise(ToolMethod tool, @Nullable Object result) {
        if (result == null) {
            return tool.returnsVoid ? VOID_RESULT : "null";
        }
        try {
            return writer.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            log.error(
                    "tool {} returned a {} that Jackson cannot serialise; return a record of plain values",
                    tool.name,
                    result.getClass().getName(),
                    e);
            return "{\"ok\":true,\"warning\":\"the result could not be shown\"}";
        }
    }
}
