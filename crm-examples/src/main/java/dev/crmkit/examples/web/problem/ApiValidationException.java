package dev.crmkit.examples.web.problem;

import dev.crmkit.core.kernel.ValidationException;
import java.util.Map;

/**
 * A {@link ValidationException} whose field names are already the API's (snake_case, or exactly
 * what the client sent, such as an unknown field), so {@link ProblemAdvice} reports them as they are.
 */
public final class ApiValidationException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public ApiValidationException(Map<String, String> errors) {
        super(errors);
    }
}
