package dev.crmkit.examples.web.problem;

import java.util.Map;
import org.springframework.http.HttpStatusCode;

/**
 * An error the web app itself raises (not crmkit): a status, a problem type and extra problem
 * properties. {@link ProblemAdvice} writes it as problem details.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatusCode status;
    private final String type;
    private final Map<String, Object> properties;

    /**
     * @param type the last segment of the problem type URI, e.g. {@code chat-unavailable}
     */
    public ApiException(HttpStatusCode status, String type, String message, Map<String, Object> properties) {
        super(message);
        this.status = status;
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatusCode status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
