package dev.crmkit.core.kernel;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The change contradicts data already stored: a duplicate email, a pipeline that still holds
 * deals, a stage that cannot be removed, or a concurrent transaction the database aborted.
 * Carries the field concerned and the id of the conflicting record when they are known.
 */
public class ConflictException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** The input field the conflict is about, when known. */
    private final @Nullable String field;
    /** The id of the conflicting record, when known. */
    private final @Nullable Long conflictingId;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     */
    public ConflictException(String message) {
        this(message, null, null, null);
    }

    /**
     * @param message what went wrong, for a person to read
     * @param field the input field the conflict is about, if any
     * @param conflictingId the id of the record the input conflicts with, if known
     */
    public ConflictException(String message, @Nullable String field, @Nullable Long conflictingId) {
        this(message, field, conflictingId, null);
    }

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     * @param field the field the error is reported on
     * @param conflictingId the id of the record the input conflicts with, or {@code null}
     * @param cause the exception that caused this one
     */
    public ConflictException(
            String message, @Nullable String field, @Nullable Long conflictingId, @Nullable Throwable cause) {
        super(message, cause);
        this.field = field;
        this.conflictingId = conflictingId;
    }

    /** {@return the input field the conflict is about, e.g. {@code email}} */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** {@return the id of the record the input conflicts with, e.g. the contact already using the email} */
    public OptionalLong conflictingId() {
        return conflictingId == null ? OptionalLong.empty() : OptionalLong.of(conflictingId);
    }
}
