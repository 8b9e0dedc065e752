package dev.crmkit.core.transfer;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.kernel.ValidationException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How a refused row's errors read in the error CSV: {@code email: must be a valid email address}. */
final class RowErrors {

    private RowErrors() {}

    /** {@return the collected errors as an error CSV's message, or null when there are none} */
    static @Nullable String problems(FieldErrors errors) {
        try {
            errors.throwIfAny();
            return null;
        } catch (ValidationException e) {
            return describe(e);
        }
    }

    static String describe(CrmException e) {
        if (e instanceof ValidationException invalid) {
            return invalid.errors().entrySet().stream()
                    .map(entry -> entry.getKey().replaceFirst("^\\[\\d+]\\.", "") + ": " + entry.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof ConflictException conflict && conflict.field().isPresent()) {
            return conflict.field().get().replaceFirst("^\\[\\d+]\\.", "") + ": " + e.getMessage();
        }
        if (e.getCause() instanceof CrmException cause && e.getClass() == CrmException.class) {
            return describe(cause);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
