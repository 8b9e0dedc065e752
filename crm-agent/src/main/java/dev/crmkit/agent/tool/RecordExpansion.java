package dev.crmkit.agent.tool;

import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one path from a tool's declared parameters to its flat bindings and back, for a {@link
 * dev.langchain4j.agent.tool.Tool} method and a {@link RecordTool} alike: a parameter of a record type
 * stands for its components, in order (recursively), each bound like a parameter; a {@code Patch<T>} is
 * read as a {@code T}. The argument array a call reads holds the components flat, and the handles built
 * here make the records and patches out of them. Errors name the parameter and the tool's {@code owner}
 * ({@code ContactTools.createContact} for a method).
 */
final class RecordExpansion {

    private static final MethodHandle PATCH;

    static {
        try {
            PATCH = MethodHandles.lookup()
                    .findStatic(RecordExpansion.class, "patch", MethodType.methodType(Patch.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RecordExpansion() {}

    /**
     * Adds the bindings of one parameter: one, or for a record, its components' in order (recursively),
     * so that a group of parameters several tools share is declared once, as a record.
     */
    static void bind(
            String owner,
            Parameter parameter,
            Type type,
            @Nullable String reflectedName,
            List<ParameterBinding> bindings,
            Map<String, ObjectParameter> runtime) {
        Class<?> raw = rawClass(owner, type, reflectedName);
        if (raw == Patch.class) {
            bindings.add(ParameterBinding.of(
                    owner,
                    parameter,
                    patchedClass(owner, type, reflectedName),
                    reflectedName,
                    bindings.size(),
                    runtime));
            return;
        }
        if (!raw.isRecord()) {
            bindings.add(ParameterBinding.of(owner, parameter, raw, reflectedName, bindings.size(), runtime));
            return;
        }
        if (parameter.isAnnotationPresent(P.class)
                || ParameterBinding.maxLength(owner, parameter, reflectedName) != null) {
            throw new IllegalArgumentException(ParameterBinding.where(owner, String.valueOf(reflectedName))
                    + " is a record, which stands for its components: describe them, not the record");
        }
        bindComponents(owner, raw, type, bindings, runtime);
    }

    /** Adds the bindings of a record's components, in order, as {@link #bind} does for a record parameter. */
    static void bindComponents(
            String owner,
            Class<?> record,
            Type type,
            List<ParameterBinding> bindings,
            Map<String, ObjectParameter> runtime) {
        RecordComponent[] components = record.getRecordComponents();
        Parameter[] declared = canonicalConstructor(record).getParameters();
        for (int i = 0; i < components.length; i++) {
            Type componentType = resolve(components[i].getGenericType(), record, type);
            bind(owner, declared[i], componentType, components[i].getName(), bindings, runtime);
        }
    }

    private static Class<?> rawClass(String owner, Type type, @Nullable String name) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        throw new IllegalArgumentException(ParameterBinding.where(owner, String.valueOf(name)) + " has type " + type
                + "; a parameter of a generic record type needs its type arguments");
    }

    /** The {@code T} of a {@code Patch<T>} parameter (always optional), which is read like a parameter of type {@code T}. */
    private static Class<?> patchedClass(String owner, Type type, @Nullable String name) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> patched) {
            return patched;
        }
        throw new IllegalArgumentException(ParameterBinding.where(owner, String.valueOf(name)) + " has type " + type
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

    /** The record's canonical constructor, {@link #flatten}ed: it takes the record's components flat. */
    static MethodHandle constructor(Class<?> record) {
        try {
            Constructor<?> constructor = canonicalConstructor(record);
            constructor.trySetAccessible(); // argument records need not be public
            return flatten(MethodHandles.lookup().unreflectConstructor(constructor));
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot access the record " + record.getName() + "; make it public", e);
        }
    }

    /**
     * Replaces each record parameter with its canonical constructor's parameters, recursively, and
     * makes each {@code Patch} parameter out of its value.
     */
    static MethodHandle flatten(MethodHandle handle) throws IllegalAccessException {
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
}
