package dev.crmkit.agent.tool;

import dev.crmkit.core.kernel.ValidationException;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tool, resolved once: its specification, its parameters by name, and a method handle bound to
 * the tool object that takes the argument array and returns the result (or null). A parameter of a
 * record type is not one tool parameter but its components, in order: the argument array holds them
 * flat, and the handle builds the record; a {@code Patch<T>} parameter is read as a {@code T} and the
 * handle makes the patch ({@link RecordExpansion}). A {@link DeclaredTool} is bound the same way: an
 * {@link IdTool} is a {@link RecordTool} of the one binding a method's {@code long id} would have, a
 * {@link RecordTool} has that binding (when it has an id) and then its argument records' components,
 * and a handle that builds the records and runs its action on the tool object. A tool given as a
 * specification and a {@link ToolExecutor} has no parameter bindings: its one argument is the JSON text.
 * A {@link RecordTool}'s {@link RecordTool.Check} is bound like its action, a method's record parameters that
 * are {@link CheckedArguments} with it ({@link MethodChecks}); {@link #checkErrors} runs either.
 */
final class ToolMethod {

    private static final Logger log = LoggerFactory.getLogger(ToolMethod.class);

    private static final MethodHandle CALL;

    static {
        try {
            CALL = MethodHandles.lookup()
                    .findVirtual(RecordCall.class, "invoke", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final String name;
    final ToolSpecification specification;
    final boolean requiresConfirmation;
    final boolean withdrawnByLaterChanges;
    final boolean returnsVoid;
    final ParameterBinding[] parameters;
    final String parameterNames;
    final @Nullable ToolExecutor executor;
    private final Map<String, ParameterBinding> byName;
    private final @Nullable MethodHandle invoker;
    private final @Nullable Checking checking;

    private ToolMethod(
            String name,
            ToolSpecification specification,
            boolean requiresConfirmation,
            boolean withdrawnByLaterChanges,
            boolean returnsVoid,
            ParameterBinding[] parameters,
            @Nullable MethodHandle invoker,
            @Nullable Checking checking,
            @Nullable ToolExecutor executor) {
        this.name = name;
        this.specification = specification;
        this.requiresConfirmation = requiresConfirmation;
        this.withdrawnByLaterChanges = withdrawnByLaterChanges;
        this.returnsVoid = returnsVoid;
        this.parameters = parameters;
        this.invoker = invoker;
        this.checking = checking;
        this.executor = executor;
        Map<String, ParameterBinding> names = new HashMap<>();
        for (ParameterBinding parameter : parameters) {
            if (parameter.hidden) {
                continue;
            }
            if (names.put(parameter.name, parameter) != null) {
                throw new IllegalArgumentException("tool " + name + " has two parameters named " + parameter.name);
            }
        }
        this.byName = Map.copyOf(names);
        this.parameterNames = names.isEmpty()
                ? "none"
                : Arrays.stream(parameters)
                        .filter(p -> !p.hidden)
                        .map(p -> p.name)
                        .collect(Collectors.joining(", "));
    }

    static ToolMethod of(Object target, Method method, Map<String, ObjectParameter> runtime) {
        Description description = describe(method, runtime);
        RequiresConfirmation confirmation = method.getAnnotation(RequiresConfirmation.class);
        return new ToolMethod(
                description.specification().name(),
                description.specification(),
                confirmation != null,
                confirmation != null && confirmation.withdrawnByLaterChanges(),
                method.getReturnType() == void.class,
                description.parameters(),
                handle(target, method, description.parameters().length),
                checks(target, method),
                null);
    }

    static ToolMethod executing(ToolSpecification specification, ToolExecutor executor) {
        if (specification.name() == null || specification.name().isBlank()) {
            throw new IllegalArgumentException("a tool specification needs a name");
        }
        return new ToolMethod(
                specification.name(),
                specification,
                false,
                false,
                false,
                new ParameterBinding[0],
                null,
                null,
                executor);
    }

    /**
     * A {@link DeclaredTool} run against {@code target}: its id is read like a method's {@code long}
     * parameter, its argument records like a method's record parameters.
     */
    static <O> ToolMethod of(O target, DeclaredTool<? super O> declared, Map<String, ObjectParameter> runtime) {
        RecordTool<? super O> tool = recordTool(declared);
        Description description = describe(tool, runtime);
        RecordCall<? super O> call = new RecordCall<>(target, tool);
        return new ToolMethod(
                tool.name(),
                description.specification(),
                tool.requiresConfirmation(),
                false,
                false,
                description.parameters(),
                CALL.bindTo(call),
                call::check,
                null);
    }

    /** The {@link CheckedArguments} of the method's record parameters, as a {@link Checking}; null when none. */
    private static @Nullable Checking checks(Object target, Method method) {
        MethodChecks checks = MethodChecks.of(target, method);
        return checks == null ? null : checks::check;
    }

    private static <O> RecordTool<O> recordTool(DeclaredTool<O> declared) {
        // Sealed: a declared tool is a record tool or an id tool, which is one without argument records.
        return declared instanceof RecordTool<O> recordTool ? recordTool : ((IdTool<O>) declared).asRecordTool();
    }

    /** What a tool method or {@link RecordTool} declares, without an object to call it on. */
    record Description(ToolSpecification specification, ParameterBinding[] parameters) {}

    static Description describe(Method method, Map<String, ObjectParameter> runtime) {
        Tool tool = method.getAnnotation(Tool.class);
        if (tool == null) {
            throw new IllegalArgumentException(method + " is not annotated with @Tool");
        }
        if (Modifier.isStatic(method.getModifiers())) {
            throw new IllegalArgumentException("@Tool method " + method.getName() + " must not be static");
        }
        String name = tool.name().isBlank() ? method.getName() : tool.name();
        String owner = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        List<ParameterBinding> bindings = new ArrayList<>();
        Map<String, ObjectParameter> schemas = withOwnSchema(runtime, name);
        for (Parameter parameter : method.getParameters()) {
            String reflectedName = parameter.isNamePresent() ? parameter.getName() : null;
            RecordExpansion.bind(owner, parameter, parameter.getParameterizedType(), reflectedName, bindings, schemas);
        }
        String description = tool.value().length == 0 ? null : String.join("\n", tool.value());
        return described(name, description, bindings);
    }

    /** A {@link DeclaredTool}'s id, then its argument records' components, bound as a method's would be. */
    static Description describe(DeclaredTool<?> declared, Map<String, ObjectParameter> runtime) {
        RecordTool<?> tool = recordTool(declared);
        List<ParameterBinding> bindings = new ArrayList<>();
        if (tool.idDescription() != null) {
            bindings.add(ParameterBinding.id(tool.idDescription()));
        }
        Map<String, ObjectParameter> schemas = withOwnSchema(runtime, tool.name());
        for (Class<? extends Record> record : tool.arguments()) {
            RecordExpansion.bindComponents("tool " + tool.name(), record, record, bindings, schemas);
        }
        return described(tool.name(), tool.description(), bindings);
    }

    private static Description described(String name, @Nullable String description, List<ParameterBinding> bindings) {
        if (bindings.size() > 64) {
            throw new IllegalArgumentException("tool " + name + " has " + bindings.size() + " parameters; at most 64");
        }
        ParameterBinding[] parameters = bindings.toArray(ParameterBinding[]::new);
        return new Description(specification(name, description, parameters), parameters);
    }

    /** {@code runtime}, where a {@link RuntimeSchema} without a name finds the schema registered under the tool's. */
    private static Map<String, ObjectParameter> withOwnSchema(Map<String, ObjectParameter> runtime, String tool) {
        ObjectParameter own = runtime.get(tool);
        if (own == null) {
            return runtime;
        }
        Map<String, ObjectParameter> schemas = new HashMap<>(runtime);
        schemas.put("", own);
        return schemas;
    }

    /** What the model is told about a tool of these parameters, however the tool is declared. */
    static ToolSpecification specification(String name, @Nullable String description, ParameterBinding[] parameters) {
        JsonObjectSchema.Builder schema = JsonObjectSchema.builder().additionalProperties(false);
        List<String> required = new ArrayList<>();
        for (ParameterBinding parameter : parameters) {
            if (parameter.hidden) {
                continue;
            }
            schema.addProperty(parameter.name, parameter.schema());
            if (parameter.required) {
                required.add(parameter.name);
            }
        }
        return ToolSpecification.builder()
                .name(name)
                .description(description)
                .parameters(schema.required(required).build())
                .build();
    }

    /**
     * (Object[]) → Object over the flat parameters, so every call is one {@code invokeExact} with no
     * reflection and no boxing of the handle; record parameters are built from their components inside it.
     */
    private static MethodHandle handle(Object target, Method method, int arity) {
        try {
            method.trySetAccessible(); // tool classes need not be public
            return RecordExpansion.flatten(
                            MethodHandles.lookup().unreflect(method).bindTo(target))
                    .asSpreader(Object[].class, arity)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot access @Tool method " + method + "; make it public", e);
        }
    }

    @Nullable
    ParameterBinding parameter(String parameterName) {
        return byName.get(parameterName);
    }

    /**
     * The errors the tool's {@link RecordTool.Check} or {@link CheckedArguments} find in arguments whose schema
     * errors are about to be answered (the values the schema let through, null where it refused one), or in
     * those of a valid call that is to wait for a host's confirmation.
     *
     * @return field → message; empty for a tool without a check, or when the check failed otherwise than by
     *     naming fields (that is logged, and the schema's errors are answered alone)
     */
    Map<String, String> checkErrors(Object[] values) {
        if (checking == null) {
            return Map.of();
        }
        try {
            checking.check(values);
            return Map.of();
        } catch (ValidationException e) {
            return e.errors();
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            log.debug(
                    "the check of tool {} failed otherwise than by naming fields; answering without its errors",
                    name,
                    e);
            return Map.of();
        }
    }

    @Nullable
    Object invoke(Object[] arguments) throws Throwable {
        if (executor != null) {
            return executor.execute((String) arguments[0]);
        }
        return (Object) Objects.requireNonNull(invoker).invokeExact(arguments);
    }

    /**
     * A {@link RecordTool.Check} or a method's {@link CheckedArguments} bound to the tool object, over the flat
     * argument array.
     */
    @FunctionalInterface
    private interface Checking {
        void check(Object[] arguments) throws Throwable;
    }

    /**
     * A {@link RecordTool} bound to its tool object: from the flat argument array to the id and the
     * records, each made by its canonical constructor over its slice of the array.
     */
    private static final class RecordCall<O> {

        private final O target;
        private final RecordTool<O> tool;
        private final boolean hasId;
        private final MethodHandle[] constructors;
        private final int[] offsets;

        RecordCall(O target, RecordTool<O> tool) {
            this.target = target;
            this.tool = tool;
            this.hasId = tool.idDescription() != null;
            List<Class<? extends Record>> records = tool.arguments();
            this.constructors = new MethodHandle[records.size()];
            this.offsets = new int[records.size() + 1];
            offsets[0] = hasId ? 1 : 0;
            for (int i = 0; i < constructors.length; i++) {
                MethodHandle constructor = RecordExpansion.constructor(records.get(i));
                int arity = constructor.type().parameterCount();
                constructors[i] = constructor
                        .asSpreader(Object[].class, arity)
                        .asType(MethodType.methodType(Object.class, Object[].class));
                offsets[i + 1] = offsets[i] + arity;
            }
        }

        @Nullable
        Object invoke(Object[] arguments) throws Throwable {
            return tool.action().apply(target, arguments(arguments));
        }

        void check(Object[] arguments) throws Throwable {
            tool.check().check(target, arguments(arguments));
        }

        /** The id (0 when the schema refused it, for a check) and the records. */
        private RecordTool.Arguments arguments(Object[] arguments) throws Throwable {
            Record[] records = new Record[constructors.length];
            for (int i = 0; i < records.length; i++) {
                Object[] components = Arrays.copyOfRange(arguments, offsets[i], offsets[i + 1]);
                records[i] = (Record) (Object) constructors[i].invokeExact(components);
            }
            long id = hasId && arguments[0] != null ? (Long) arguments[0] : 0;
            return new RecordTool.Arguments(id, tool.arguments(), records);
        }
    }
}
