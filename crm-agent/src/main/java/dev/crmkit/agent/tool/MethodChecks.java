package dev.crmkit.agent.tool;

import dev.crmkit.core.kernel.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CheckedArguments} of a {@link dev.langchain4j.agent.tool.Tool} method's record parameters, bound
 * to its tool object: from the flat argument array a call read (as far as the schema accepted it) to each
 * such record, made by its canonical constructor over its slice of the array, and its check. The errors of
 * all of them come in one {@link ValidationException}, the first per field winning.
 */
final class MethodChecks {

    /** One checked record parameter: where its components start in the flat array, and how it is made. */
    private record Checked(int offset, MethodHandle constructor, Class<?>[] components) {}

    private final Object target;
    private final List<Checked> checked;

    private MethodChecks(Object target, List<Checked> checked) {
        this.target = target;
        this.checked = checked;
    }

    /**
     * @return the checks of the method's record parameters that are {@link CheckedArguments}; null when it has
     *     none
     * @throws IllegalArgumentException when a check reads through another type of tool object than {@code target}
     */
    static @Nullable MethodChecks of(Object target, Method method) {
        List<Checked> checked = new ArrayList<>();
        int offset = 0;
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            if (!type.isRecord()) {
                offset++; // a plain parameter or a Patch: one value
                continue;
            }
            MethodHandle constructor = RecordExpansion.constructor(type);
            int arity = constructor.type().parameterCount();
            if (CheckedArguments.class.isAssignableFrom(type)) {
                Class<?> reads = toolObjectType(type);
                if (!reads.isInstance(target)) {
                    throw new IllegalArgumentException(type.getName() + " checks the arguments of " + method.getName()
                            + " on a " + reads.getName() + ", but its tool object is a "
                            + target.getClass().getName());
                }
                checked.add(new Checked(
                        offset,
                        constructor
                                .asSpreader(Object[].class, arity)
                                .asType(MethodType.methodType(Object.class, Object[].class)),
                        constructor.type().parameterArray()));
            }
            offset += arity;
        }
        return checked.isEmpty() ? null : new MethodChecks(target, List.copyOf(checked));
    }

    /** The {@code O} of the record's {@code CheckedArguments<O>}; {@code Object} when it is not a class. */
    private static Class<?> toolObjectType(Class<?> record) {
        for (Type type : record.getGenericInterfaces()) {
            if (type instanceof ParameterizedType parameterized
                    && parameterized.getRawType() == CheckedArguments.class
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> reads) {
                return reads;
            }
        }
        return Object.class;
    }

    /**
     * Checks each record the arguments make.
     *
     * @param arguments the flat argument array, null where the schema refused a value or none was given
     * @throws ValidationException with the errors of every check, when there are any
     */
    void check(Object[] arguments) throws Throwable {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Checked record : checked) {
            Object[] components = new Object[record.components().length];
            for (int i = 0; i < components.length; i++) {
                Object value = arguments[record.offset() + i];
                Class<?> type = record.components()[i];
                components[i] = value == null && type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : value;
            }
            try {
                @SuppressWarnings("unchecked") // the tool object's type was checked when the method was bound
                CheckedArguments<Object> made =
                        (CheckedArguments<Object>) (Object) record.constructor().invokeExact(components);
                made.check(target);
            } catch (ValidationException e) {
                e.errors().forEach(errors::putIfAbsent);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
