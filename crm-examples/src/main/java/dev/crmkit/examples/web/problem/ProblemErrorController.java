package dev.crmkit.examples.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error path ({@code /error}), reached when something fails before or outside Spring
 * MVC's handlers: Tomcat's own 405 for {@code TRACE}, a filter's {@code sendError}, an exception no
 * handler caught. Replaces Boot's default, whose JSON was not problem details and which answered a
 * direct {@code GET /error} with {@code 500 {"status":999}}: here a direct request is a 404 like any
 * other path that is not a page. Browsers get the HTML error page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
final class ProblemErrorController implements ErrorController {

    @RequestMapping
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400
                ? HttpStatus.valueOf(value)
                : HttpStatus.NOT_FOUND;
        String detail = status == HttpStatus.NOT_FOUND && code == null
                ? "There is nothing at this address."
                : status.is5xxServerError()
                        ? "The server could not complete the request; the log has the details."
                        : status.getReasonPhrase() + ".";
        if (ProblemResponses.prefersHtml(request)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(status);
            page.addObject("status", status.value());
            page.addObject("error", status.getReasonPhrase());
            page.addObject("message", detail);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemResponses.type(status.value())));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException e) {
                // a path that is not a valid URI (the reason it failed, perhaps): leave instance out
            }
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
