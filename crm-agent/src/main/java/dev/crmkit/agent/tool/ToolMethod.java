package dev.crmkit.agent.tool;

import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One tool, resolved once: its specification, its parameters by name, and a method handle bound to
 * the tool object that takes the argument array and returns the result (or null). A parameter of a
 * record type is not one tool parameter but its components, in order: the argument array holds them
 * flat, and the handle builds the record. A {@code Patch<T>} parameter is read as a {@code T} and the handle
 * makes the patch: set to the value given, unchanged when it was not. An {@link IdTool} has the one binding a method's {@code long id}
 * would have, and a handle over its action bound to the tool object. A tool given as a
 * specification and a {@link ToolExecutor} has no parameter bindings: its one argument is the JSON text.
 */
final class ToolMethod {

    private static final MethodHandle APPLY;
    private static final MethodHandle PATCH;

    static {
        try {
            APPLY = MethodHandles.publicLookup()
                    .findVirtual(
                            IdTool.Action.class,
                            "apply",
                            MethodType.methodType(Object.class, Object.class, long.class));
            PATCH = MethodHandles.lookup()
                    .findStatic(ToolMethod.class, "patch", MethodType.methodType(Patch.class, Object.class));
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

    private ToolMethod(
            String name,
            ToolSpecification specification,
            boolean requiresConfirmation,
            boolean withdrawnByLaterChanges,
            boolean returnsVoid,
            ParameterBinding[] parameters,
            @Nullable MethodHandle invoker,
            @Nullable ToolExecutor executor) {
        this.name = name;
        this.specification = specification;
        this.requiresConfirmation = requiresConfirmation;
        this.withdrawnByLaterChanges = withdrawnByLaterChanges;
        this.returnsVoid = returnsVoid;
        this.parameters = parameters;
        this.invoker = invoker;
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
                null);
    }

    static ToolMethod executing(ToolSpecification specification, ToolExecutor executor) {
        if (specification.name() == null || specification.name().isBlank()) {
            throw new IllegalArgumentException("a tool specification needs a name");
        }
        return new ToolMethod(
                specification.name(), specification, false, false, false, new ParameterBinding[0], null, executor);
    }

    /** An {@link IdTool} run against {@code target}: its id is read like a method's {@code long} parameter. */
    static <O> ToolMethod of(O target, IdTool<? super O> tool) {
        ParameterBinding[] parameters = {ParameterBinding.id(tool.idDescription())};
        MethodHandle invoker = MethodHandles.insertArguments(APPLY, 0, tool.action(), target)
                .asSpreader(Object[].class, 1)
                .asType(MethodType.methodType(Object.class, Object[].class));
        return new ToolMethod(
                tool.name(),
                specification(tool.name(), tool.description(), parameters),
                tool.requiresConfirmation(),
                false,
                false,
                parameters,
                invoker,
                null);
    }

    /** What a tool method declares, without an object to call it on. */
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
        List<ParameterBinding> bindings = new ArrayList<>();
        Map<String, ObjectParameter> schemas = withOwnSchema(runtime, name);
        for (Parameter parameter : method.getParameters()) {
            String reflectedName = parameter.isNamePresent() ? parameter.getName() : null;
            bind(method, parameter, parameter.getParameterizedType(), reflectedName, bindings, schemas);
        }
        if (bindings.size() > 64) {
            throw new IllegalArgumentException("tool " + name + " has " + bindings.size() + " parameters; at most 64");
        }
        ParameterBinding[] parameters = bindings.toArray(ParameterBinding[]::new);
        String description = tool.value().length == 0 ? null : String.join("\n", tool.value());
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
     * Adds the bindings of one parameter: one, or for a record, its components' in order (recursively),
     * so that a group of parameters several tools share is declared once, as a record.
     */
    private static void bind(
            Method method,
            Parameter parameter,
            Type type,
            @Nullable String reflectedName,
            List<ParameterBinding> bindings,
            Map<String, ObjectParameter> runtime) {
        Class<?> raw = rawClass(method, type, reflectedName);
        if (raw == Patch.class) {
            bindings.add(ParameterBinding.of(
                    method,
                    parameter,
                    patchedClass(method, type, reflectedName),
                    reflectedName,
                    bindings.size(),
                    runtime));
            return;
        }
        if (!raw.isRecord()) {
            bindings.add(ParameterBinding.of(method, parameter, raw, reflectedName, bindings.size(), runtime));
            return;
        }
        if (parameter.isAnnotationPresent(P.class)
                || ParameterBinding.maxLength(method, parameter, reflectedName) != null) {
            throw new IllegalArgumentException(ParameterBinding.where(method, String.valueOf(reflectedName))
                    + " is a record, which stands for its components: describe them, not the record");
        }
        RecordComponent[] components = raw.getRecordComponents();
        Parameter[] declared = canonicalConstructor(raw).getParameters();
        for (int i = 0; i < components.length; i++) {
            Type componentType = resolve(components[i].getGenericType(), raw, type);
            bind(method, declared[i], componentType, components[i].getName(), bindings, runtime);
        }
    }

    private static Class<?> rawClass(Method method, Type type, @Nullable String name) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        throw new IllegalArgumentException(ParameterBinding.where(method, String.valueOf(name)) + " has type " + type
                + "; a parameter of a generic record type needs its type arguments");
    }

    /** The {@code T} of a {@code Patch<T>} parameter (always optional), which is read like a parameter of type {@code T}. */
    private static Class<?> patchedClass(Method method, Type type, @Nullable String name) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> patched) {
            return patched;
        }
        throw new IllegalArgumentException(ParameterBinding.where(method, String.valueOf(name)) + " has type " + type
                + "; a Patch parameter needs the class of its value, as in Patch<String>");
    }

    /** What a {@code Patch} parameter receives: the value read, or, when the model left it out, unchanged. */
    private static Patch<?> patch(@Nullable Object value) {
        return value == null ? Patch.unchanged() : Patch.set(value);
    }

    /** A record component's type, its record's type variables replaced by the arguments {@code owner} gives them. */
    private static Type resolve(Type component, Class<?> record, Type owner) {
        if (component instanceof TypeVariable<?> variable && owner instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = record.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                if (variables[i].equals(variable)) {
                    return parameterized.getActualTypeArguments()[i];
                }
            }
        }
        return component;
    }

    private static Constructor<?> canonicalConstructor(Class<?> record) {
        Class<?>[] types = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return record.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + record, e);
        }
    }

    /**
     * (Object[]) → Object over the flat parameters, so every call is one {@code invokeExact} with no
     * reflection and no boxing of the handle; record parameters are built from their components inside it.
     */
    private static MethodHandle handle(Object target, Method method, int arity) {
        try {
            method.trySetAccessible(); // tool classes need not be public
            return flatten(MethodHandles.lookup().unreflect(method).bindTo(target))
                    .asSpreader(Object[].class, arity)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot access @Tool method " + method + "; make it public", e);
        }
    }

    /**
     * Replaces each record parameter with its canonical constructor's parameters, recursively, and
     * makes each {@code Patch} parameter out of its value.
     */
    private static MethodHandle flatten(MethodHandle handle) throws IllegalAccessException {
        MethodHandle flat = handle;
        // From the last parameter back, so the positions of those not yet replaced stay the same.
        for (int i = handle.type().parameterCount() - 1; i >= 0; i--) {
            Class<?> type = handle.type().parameterType(i);
            if (type == Patch.class) {
                flat = MethodHandles.filterArguments(flat, i, PATCH);
            } else if (type.isRecord()) {
                Constructor<?> constructor = canonicalConstructor(type);
                constructor.trySetAccessible(); // records that group parameters need not be public
                flat = MethodHandles.collectArguments(
                        flat, i, flatten(MethodHandles.lookup().unreflectConstructor(constructor)));
            }
        }
        return flat;
    }

    @Nullable
    ParameterBinding parameter(String parameterName) {
        return byName.get(parameterName);
    }

    @Nullable
    Object invoke(Object[] arguments) throws Throwable {
        if (executor != null) {
            return executor.execute((String) arguments[0]);
        }
        return (Object) Objects.requireNonNull(invoker).invokeExact(arguments);
    }
}
