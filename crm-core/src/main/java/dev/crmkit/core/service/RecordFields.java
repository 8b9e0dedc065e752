package dev.crmkit.core.service;

import dev.crmkit.core.kernel.CrmRecord;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and replaces the components of an aggregate's record by name, through its accessors and
 * canonical constructor (so the record's own checks still run): what lets a merge choose fields and
 * move links for any kind of record without a copy of its constructor call per kind.
 */
final class RecordFields {

    private RecordFields() {}

    /**
     * {@return the value of the record's component {@code name}}
     *
     * @throws IllegalArgumentException when the record has no such component
     */
    static @Nullable Object read(CrmRecord record, String name) {
        for (RecordComponent component : components(record)) {
            if (component.getName().equals(name)) {
                return read(record, component);
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
    }

    /**
     * {@return the record with the components {@code values} names replaced, the others kept}
     *
     * @throws RuntimeException what the record's constructor throws for the new values
     */
    static <T extends CrmRecord> T with(T record, Map<String, ? extends @Nullable Object> values) {
        RecordComponent[] components = components(record);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = values.containsKey(name) ? values.get(name) : read(record, components[i]);
        }
        try {
            Constructor<?> canonical = record.getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new));
            @SuppressWarnings("unchecked")
            T changed = (T) canonical.newInstance(args);
            return changed;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot rebuild a " + record.getClass().getSimpleName(), e);
        }
    }

    private static RecordComponent[] components(CrmRecord record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(record.getClass().getName() + " is not a record");
        }
        return components;
    }

    private static @Nullable Object read(CrmRecord record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
