package dev.crmkit.core.transfer;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.kernel.ValidationException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a refused row's errors read in the error CSV: {@code email: must be a valid email address}, each
 * field named by the column of the user's file that holds it ({@code first_name: must not be blank}
 * for crm-core's {@code firstName}).
 */
final class RowErrors {

    private RowErrors() {}

    /** {@return the collected errors as an error CSV's message, or null when there are none} */
    static @Nullable String problems(FieldErrors errors, UnaryOperator<String> column) {
        try {
            errors.throwIfAny();
            return null;
        } catch (ValidationException e) {
            return describe(e, column);
        }
    }

    /**
     * {@return the failure as an error CSV's message}
     *
     * @param column a field → the column of the file that holds it
     */
    static String describe(CrmException e, UnaryOperator<String> column) {
        if (e instanceof ValidationException invalid) {
            return invalid.errors().entrySet().stream()
                    .map(entry -> field(entry.getKey(), column) + ": " + entry.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof ConflictException conflict && conflict.field().isPresent()) {
            return field(conflict.field().get(), column) + ": " + e.getMessage();
        }
        if (e.getCause() instanceof CrmException cause && e.getClass() == CrmException.class) {
            return describe(cause, column);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@code [0].firstName} (a batch's first command) → the column of {@code firstName}. */
    private static String field(String key, UnaryOperator<String> column) {
        return column.apply(key.replaceFirst("^\\[\\d+]\\.", ""));
    }

    /**
     * {@return whether a write failed because the database could not be reached}: no row is to
     * blame, so retrying a batch's rows one by one would refuse good rows as if they were wrong (a
     * connection timeout each) and end the import as done; the import fails instead, is undone and
     * can be run again.
     */
    static boolean databaseAway(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof StorageUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
