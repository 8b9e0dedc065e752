package dev.crmkit.examples.web.problem;

import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.UnknownActionException;
import dev.crmkit.agent.boot.AgentErrors;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.FieldNames;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every error of the API as {@code application/problem+json} (RFC 9457). Spring's own
 * exceptions (405, 415, 404 for unknown paths, 400 for unreadable bodies and bad parameters) come
 * from {@link ResponseEntityExceptionHandler}; crmkit's exceptions are mapped here:
 *
 * <ul>
 *   <li>{@link ValidationException} → 400, {@code errors}: snake_case field → message;</li>
 *   <li>{@link NotFoundException} → 404;</li>
 *   <li>{@link ConflictException} → 409 ({@code field}, {@code conflicting_id} when known);</li>
 *   <li>{@link StaleVersionException} → 409 ({@code current_version} is not known: re-read);</li>
 *   <li>{@link ApiException} → its own status (503 chat without a model, ...);</li>
 *   <li>{@link UnknownActionException} → 404; any other {@link AgentException} (the model failed) → 503;</li>
 *   <li>{@link StorageUnavailableException} (the database cannot be reached), or a failure of the
 *       app's own JDBC that {@link StorageOutage#isOutage} recognises → 503 with
 *       {@code Retry-After}, see {@link StorageOutage};</li>
 *   <li>{@link RetryableTransactionException} (a deadlock, serialization failure or lock timeout
 *       aborted the transaction; nothing was written) → 503 {@code /problems/retryable} with
 *       {@code Retry-After: 1}, see {@link RetryableTransaction};</li>
 *   <li>anything else → 500, logged, with no internals in the body.</li>
 * </ul>
 *
 * The problem {@code type} is a stable URI naming the kind of error, e.g. {@code /problems/validation}.
 */
@RestControllerAdvice
public final class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler
    ResponseEntity<ProblemDetail> validation(ValidationException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "The input breaks one or more rules.",
                Map.of("errors", e instanceof ApiValidationException ? e.errors() : FieldNames.snake(e.errors())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        // A record's id is a number; a thing addressed by a text key (a change set) keeps its text.
        Object id = e.key().equals(Long.toString(e.id())) ? e.id() : e.key();
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), Map.of("entity", e.entity(), "id", id));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = detail(HttpStatus.CONFLICT, "conflict", e.getMessage());
        e.field().ifPresent(field -> {
            problem.setProperty("field", FieldNames.snake(field));
            problem.setProperty("errors", Map.of(FieldNames.snake(field), e.getMessage()));
        });
        e.conflictingId().ifPresent(id -> problem.setProperty("conflicting_id", id));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        return problem(
                HttpStatus.CONFLICT,
                "stale-version",
                e.getMessage() + "; read it again and retry",
                Map.of("entity", e.entity(), "id", e.id(), "expected_version", e.expectedVersion()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(e.status(), e.type(), e.getMessage(), e.properties());
    }

    /** Said in the API's terms: the library's message points a Java caller at {@code CrmAgent.pending}. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownAction(UnknownActionException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "unknown-action",
                "no action " + e.actionId() + " waits for confirmation in conversation " + e.conversationId()
                        + "; it may have been decided already: GET /api/v1/chat/" + e.conversationId()
                        + " lists the actions waiting",
                Map.of("conversation_id", e.conversationId(), "action_id", e.actionId()));
    }

    /** The model failed (busy, overflowing, broken): the service, not the request, is at fault. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> assistant(AgentException e) {
        if (StorageOutage.isOutage(e)) {
            log.warn("the database is unavailable: {}", e.getMessage());
            return outage();
        }
        log.warn("the assistant failed", e);
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "assistant-failed",
                "The assistant failed: " + AgentErrors.inPropertyNames(e.getMessage()),
                Map.of());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> storageUnavailable(StorageUnavailableException e) {
        log.warn("the database is unavailable: {}", e.getMessage());
        return outage();
    }

    private static ResponseEntity<ProblemDetail> outage() {
        ProblemDetail problem = detail(HttpStatus.SERVICE_UNAVAILABLE, StorageOutage.TYPE, StorageOutage.DETAIL);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, StorageOutage.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** A concurrent transaction got in the way: not the request's fault, and the same request may succeed. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> retryable(RetryableTransactionException e) {
        log.info("a transaction was aborted by a concurrent one: {}", e.getMessage());
        ProblemDetail problem =
                detail(HttpStatus.SERVICE_UNAVAILABLE, RetryableTransaction.TYPE, RetryableTransaction.DETAIL);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RetryableTransaction.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /**
     * A multipart body that does not parse (no boundary in its {@code Content-Type}, a part cut off):
     * the client's mistake, not the server's. An upload over the size limit keeps its 413 (Spring's
     * handler for {@code MaxUploadSizeExceededException}, the closer match).
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        log.debug("unreadable multipart body", e);
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "The input breaks one or more rules.",
                Map.of(
                        "errors",
                        Map.of(
                                "body",
                                "must be multipart/form-data with a boundary parameter in Content-Type and every part"
                                        + " closed by it")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> crm(CrmException e) {
        log.error("crmkit failed", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "server-error",
                "The server could not complete the request; the log has the details.",
                Map.of());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (StorageOutage.isOutage(e)) {
            // The app's own tables (users, tokens, idempotency keys) are reached through Spring's
            // JDBC, whose failure to connect is no StorageUnavailableException but the same outage.
            log.warn("the database is unavailable: {}", e.getMessage());
            return outage();
        }
        log.error("unexpected error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "server-error",
                "The server could not complete the request; the log has the details.",
                Map.of());
    }

    /**
     * Spring's own problems (405, 406, 415, a missing parameter, ...) leave {@code type} unset (or
     * {@code about:blank}), which is left out of the JSON: give each the stable type of its status,
     * as the README's table and the OpenAPI description promise ({@code /problems/method-not-allowed}).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(URI.create(ProblemResponses.type(status.value())));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /**
     * A form field that does not convert to its type (a tampered picker posting {@code companyId=abc},
     * a hidden {@code version} that is not a number): 400 naming each such field and what it takes,
     * rather than Spring's bare "Invalid request content.".
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(
                    error.getField(),
                    error.isBindingFailure()
                            ? "must be " + expected(e.getBindingResult().getFieldType(error.getField()))
                            : String.valueOf(error.getDefaultMessage()));
        }
        return asObject(problem(
                HttpStatus.BAD_REQUEST, "validation", "The input breaks one or more rules.", Map.of("errors", errors)));
    }

    /**
     * A path no handler or static file serves: the same words as every other 404 for an address, not
     * Spring's "No static resource …", which names a mechanism the caller knows nothing of.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problem(HttpStatus.NOT_FOUND, "not-found", "There is nothing at this address.", Map.of()));
    }

    /** A required parameter left out (a form post without its hidden {@code version}): 400 naming it. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "The input breaks one or more rules.",
                Map.of("errors", Map.of(e.getParameterName(), "is required"))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return asObject(
                        problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", tooLarge.getMessage(), Map.of()));
            }
        }
        log.debug("unreadable body", e);
        String detail = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "The request needs a JSON body."
                : "The request body is not valid JSON.";
        return asObject(problem(HttpStatus.BAD_REQUEST, "malformed-json", detail, Map.of()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // An id that is not plain digits (0x1484a, +1, 007) names no record: never parse it into one.
            return asObject(problem(HttpStatus.NOT_FOUND, "not-found", "There is nothing at this address.", Map.of()));
        }
        String name = e instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return asObject(problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "The input breaks one or more rules.",
                Map.of("errors", Map.of(name, "must be " + expected(e.getRequiredType())))));
    }

    /**
     * What a parameter of {@code type} must be, as an error says it. Every whole-number parameter is
     * an id or a count bound by {@link dev.crmkit.examples.web.guard.StrictNumbers}, which takes plain
     * digits only, so {@code -1} or {@code +3} is refused here rather than by the parameter's range.
     */
    public static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Long.class || type == Integer.class || type.isPrimitive()) {
            return "a whole number written in digits, such as 50";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number such as 1250.50";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD, such as 2026-12-31";
        }
        return "a valid " + type.getSimpleName();
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatusCode status, String type, @Nullable String detail, Map<String, ?> properties) {
        ProblemDetail problem = detail(status, type, detail);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    private static ProblemDetail detail(HttpStatusCode status, String type, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        return problem;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
