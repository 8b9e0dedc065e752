package dev.crmkit.agent.tool;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.kernel.ValidationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a tool threw into the short sentence the model reads. CRM errors already say what is
 * wrong and name the field; anything else is a bug or an outage, logged here with its stack trace
 * and reported to the model without internals it could not act on.
 */
final class ToolErrors {

    private static final Logger log = LoggerFactory.getLogger(ToolErrors.class);

    private ToolErrors() {}

    static String describe(String tool, Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            return invalid.errors().entrySet().stream()
                    .map(error -> error.getKey() + ": " + error.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (failure instanceof NotFoundException || failure instanceof ConflictException) {
            return failure.getMessage();
        }
        if (failure instanceof StaleVersionException) {
            return failure.getMessage() + "; read it again and retry";
        }
        if (failure instanceof RetryableTransactionException) {
            // Nothing was written; the same call is expected to succeed, so the model may simply repeat it.
            log.info("tool {} was aborted by a concurrent transaction: {}", tool, failure.getMessage());
            return "a concurrent change got in the way and nothing was written; call the tool again with the same"
                    + " arguments";
        }
        if (failure instanceof StorageException) {
            log.warn("tool {} failed in the database", tool, failure);
            return "the database failed; try again later";
        }
        if (failure instanceof CrmException) {
            return failure.getMessage();
        }
        log.warn("tool {} failed unexpectedly", tool, failure);
        return "the tool failed unexpectedly (" + failure.getClass().getSimpleName() + ")";
    }
}
