package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.web.problem.ProblemAdvice;
import dev.crmkit.examples.web.problem.RetryableTransaction;
import dev.crmkit.examples.web.problem.StorageOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on the pages become an HTML error page with the right status, not problem JSON.
 * Form errors never get here: each form handler catches its own and redisplays the form.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /**
     * The errors' key of a form's record having changed since the form was loaded; the form's summary
     * links it to the current version (a reload would post the stale form again).
     */
    static final String STALE_KEY = "stale";

    /** What a form says when its record changed since the form was loaded. */
    static final String STALE = "Someone else changed this record meanwhile, so nothing was saved.";

    /** A form post the database aborted (a concurrent transaction): its transaction rolled back. */
    static final String NOT_SAVED = "Nothing you sent was saved.";

    /** A form post during an outage: the connection can break after the database committed, before it said so. */
    static final String MAYBE_SAVED = "What you sent was probably not saved, but it may have been if the connection"
            + " broke just as the database was saving it: check before sending it again.";

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ConflictException.class, StaleVersionException.class})
    ModelAndView conflict(RuntimeException e) {
        return page(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ModelAndView invalid(ValidationException e) {
        return page(
                HttpStatus.BAD_REQUEST,
                e.errors().entrySet().stream()
                        .map(error -> parameter(error.getKey()) + " " + error.getValue())
                        .collect(Collectors.joining("; ")));
    }

    /**
     * The database cannot be reached: an HTML page saying so, 503 with {@code Retry-After} like the
     * API. A form post's page offers to send the form again ({@link Resend}); the connection may have
     * broken just as the database committed, so it says the post may not have been saved.
     */
    @ExceptionHandler
    ModelAndView unavailable(StorageUnavailableException e, HttpServletRequest request, HttpServletResponse response) {
        return outage(request, response);
    }

    /**
     * The app's own tables (users, tokens) are reached through Spring's JDBC, whose failure to
     * connect is the same outage as {@link #unavailable}; any other failure there is the server's.
     */
    @ExceptionHandler
    ModelAndView dataAccess(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        if (StorageOutage.isOutage(e)) {
            return outage(request, response);
        }
        log.error("unexpected error", e);
        return page(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete the request; the log has the details.");
    }

    /**
     * A concurrent transaction aborted this one, nothing was written: 503 with {@code Retry-After}
     * like the API, and for a form post a "Send again" button ({@link Resend}).
     */
    @ExceptionHandler
    ModelAndView retryable(RetryableTransactionException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, RetryableTransaction.RETRY_AFTER_SECONDS);
        return withResend(page(HttpStatus.SERVICE_UNAVAILABLE, RetryableTransaction.DETAIL), request, NOT_SAVED);
    }

    private static ModelAndView outage(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, StorageOutage.RETRY_AFTER_SECONDS);
        return withResend(page(HttpStatus.SERVICE_UNAVAILABLE, StorageOutage.DETAIL), request, MAYBE_SAVED);
    }

    /** The page offers what a urlencoded form post sent, to send again; other requests' pages stay as they are. */
    private static ModelAndView withResend(ModelAndView page, HttpServletRequest request, String outcome) {
        Resend.of(request, outcome).ifPresent(resend -> page.addObject("resend", resend));
        return page;
    }

    /** A path id that is not plain digits names no page; any other parameter of the wrong type is a bad request. */
    @ExceptionHandler
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return e.getParameter().hasParameterAnnotation(PathVariable.class)
                ? page(HttpStatus.NOT_FOUND, "There is nothing at this address.")
                : page(HttpStatus.BAD_REQUEST, e.getName() + " must be " + ProblemAdvice.expected(e.getRequiredType()));
    }

    /**
     * The address parameter a crm-core field error is about: {@code customFields.tier} → {@code cf.tier},
     * and a list query's search {@code text} → {@code q}, the box's name, and its {@code tags} → {@code tag}.
     */
    private static String parameter(String field) {
        if (field.equals("text") || field.equals("tags")) {
            return field.equals("text") ? "q" : "tag";
        }
        return field.startsWith("customFields.") ? "cf." + field.substring("customFields.".length()) : field;
    }

    /**
     * Runs a form's save; when crm-core refuses it, the form is shown again by {@code invalid} with
     * every field error, or with a form-wide message for a stale version or a conflict.
     */
    static ModelAndView saveOrShow(Supplier<ModelAndView> save, Function<Map<String, String>, ModelAndView> invalid) {
        return saveOrShow(STALE, save, invalid);
    }

    /** {@link #saveOrShow(Supplier, Function)} saying {@code stale} when the record changed meanwhile. */
    static ModelAndView saveOrShow(
            String stale, Supplier<ModelAndView> save, Function<Map<String, String>, ModelAndView> invalid) {
        try {
            return save.get();
        } catch (ValidationException e) {
            return invalid.apply(e.errors());
        } catch (ConflictException e) {
            return invalid.apply(of(e));
        } catch (StaleVersionException e) {
            return invalid.apply(Map.of(STALE_KEY, stale));
        }
    }

    /** The errors of a form: field → message, for the conflict's field when it has one. */
    static Map<String, String> of(ConflictException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field().orElse("form"), e.getMessage());
        return errors;
    }

    static ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("error", status.getReasonPhrase());
        view.addObject("message", message);
        return view;
    }
}
