package dev.crmkit.agent.tool;

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

/**
 * One tool, resolved once: its specification, its parameters by name, and a method handle bound to
 * the tool object that takes the argument array and returns the result (or null). A tool given as a
 * specification and a {@link ToolExecutor} has no parameter bindings: its one argument is the JSON text.
 */
final class ToolMethod {

    final String name;
    final ToolSpecification specification;
    final boolean requiresConfirmation;
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
            boolean returnsVoid,
            ParameterBinding[] parameters,
            @Nullable MethodHandle invoker,
            @Nullable ToolExecutor executor) {
        this.name = name;
        this.specification = specification;
        this.requiresConfirmation = requiresConfirmation;
        this.returnsVoid = returnsVoid;
        this.parameters = parameters;
        this.invoker = invoker;
        this.executor = executor;
        Map<String, ParameterBinding> names = new HashMap<>();
        for (ParameterBinding parameter : parameters) {
            if (names.put(parameter.name, parameter) != null) {
                throw new IllegalArgumentException("tool " + name + " has two parameters named " + parameter.name);
            }
        }
        this.byName = Map.copyOf(names);
        this.parameterNames = names.isEmpty()
                ? "none"
                : Arrays.stream(parameters).map(p -> p.name).collect(Collectors.joining(", "));
    }

    static ToolMethod of(Object target, Method method) {
        Description description = describe(method);
        return new ToolMethod(
                description.specification().name(),
                description.specification(),
                method.isAnnotationPresent(RequiresConfirmation.class),
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
                specification.name(), specification, false, false, new ParameterBinding[0], null, executor);
    }

    /** What a tool method declares, without an object to call it on. */
    record Description(ToolSpecification specification, ParameterBinding[] parameters) {}

    static Description describe(Method method) {
        Tool tool = method.getAnnotation(Tool.class);
        if (tool == null) {
            throw new IllegalArgumentException(method + " is not annotated with @Tool");
        }
        if (Modifier.isStatic(method.getModifiers())) {
            throw new IllegalArgumentException("@Tool method " + method.getName() + " must not be static");
        }
        String name = tool.name().isBlank() ? method.getName() : tool.name();
        Parameter[] reflected = method.getParameters();
        if (reflected.length > 64) {
            throw new IllegalArgumentException("tool " + name + " has " + reflected.length + " parameters; at most 64");
        }
        ParameterBinding[] parameters = new ParameterBinding[reflected.length];
        JsonObjectSchema.Builder schema = JsonObjectSchema.builder().additionalProperties(false);
        List<String> required = new ArrayList<>();
        for (int i = 0; i < reflected.length; i++) {
            parameters[i] = ParameterBinding.of(method, reflected[i], i);
            schema.addProperty(parameters[i].name, parameters[i].schema());
            if (parameters[i].required) {
                required.add(parameters[i].name);
            }
        }
        ToolSpecification specification = ToolSpecification.builder()
                .name(name)
                .description(tool.value().length == 0 ? null : String.join("\n", tool.value()))
                .parameters(schema.required(required).build())
                .build();
        return new Description(specification, parameters);
    }

    /** (Object[]) → Object, so every call is one {@code invokeExact} with no reflection and no boxing of the handle. */
    private static MethodHandle handle(Object target, Method method, int arity) {
        try {
            method.trySetAccessible(); // tool classes need not be public
            return MethodHandles.lookup()
                    .unreflect(method)
                    .bindTo(target)
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

    @Nullable
    Object invoke(Object[] arguments) throws Throwable {
        if (executor != null) {
            return executor.execute((String) arguments[0]);
        }
        return (Object) Objects.requireNonNull(invoker).invokeExact(arguments);
    }
}
