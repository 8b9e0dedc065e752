package dev.crmkit.core.model;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** What one subject answered to one operation: a value, or an error by type and fields. */
sealed interface Outcome {

    /** Runs {@code op} on {@code subject}, catching the error it may answer with. */
    static Outcome of(Op op, Subject subject) {
        try {
            return new Value(op.applyTo(subject));
        } catch (CrmException e) {
            return new Failure(e.getClass().getSimpleName(), fields(e), e.getMessage());
        } catch (RuntimeException e) {
            // Never expected: shows up as a mismatch, with the exception to diagnose it.
            return new Failure("unexpected " + e, Set.of(), stackTop(e));
        }
    }

    record Value(Object value) implements Outcome {}

    /**
     * @param type the exception's simple class name
     * @param fields what the error names: validation fields, the conflicting field, the entity
     * @param detail the message, shown in reports but not compared: wording is not contract
     */
    record Failure(
            String type, SortedSet<String> fields, @Nullable String detail) implements Outcome {

        Failure(String type, Set<String> fields, @Nullable String detail) {
            this(type, new TreeSet<>(fields), detail);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Failure that && type.equals(that.type) && fields.equals(that.fields);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, fields);
        }
    }

    private static Set<String> fields(CrmException e) {
        if (e instanceof ValidationException validation) {
            return validation.errors().keySet();
        }
        if (e instanceof ConflictException conflict) {
            return conflict.field().map(Set::of).orElse(Set.of());
        }
        if (e instanceof NotFoundException notFound) {
            return Set.of(notFound.entity());
        }
        if (e instanceof StaleVersionException stale) {
            return Set.of(stale.entity());
        }
        return Set.of();
    }

    private static String stackTop(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? String.valueOf(e) : e + " at " + trace[0];
    }
}
