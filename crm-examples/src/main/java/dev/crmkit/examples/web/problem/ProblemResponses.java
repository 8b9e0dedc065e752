package dev.crmkit.examples.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors written outside Spring MVC's exception handling (servlet filters, the container's error
 * dispatch): problem details as {@code application/problem+json}, or a small HTML error page for a
 * request whose {@code Accept} prefers {@code text/html} (a browser), in the same shape as
 * {@link ProblemAdvice} writes them. Stateless and thread-safe.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<MediaType> HTML = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

    private ProblemResponses() {}

    /**
     * The stable problem type for a status, {@code /problems/not-found} for 404; the API's own
     * errors use more specific types ({@code /problems/validation}, {@code /problems/conflict}).
     */
    public static String type(int status) {
        return "/problems/"
                + switch (status) {
                    case 400 -> "bad-request";
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    case 404 -> "not-found";
                    case 405 -> "method-not-allowed";
                    case 406 -> "not-acceptable";
                    case 409 -> "conflict";
                    case 413 -> "body-too-large";
                    case 415 -> "unsupported-media-type";
                    case 503 -> "service-unavailable";
                    default -> status >= 500 ? "server-error" : "client-error";
                };
    }

    /**
     * True when the request's {@code Accept} ranks HTML above JSON: a browser's
     * {@code text/html,...,*}{@code /*;q=0.8} does, {@code curl}'s {@code *}{@code /*} and an API
     * client's {@code application/json} do not.
     */
    public static boolean prefersHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double html = 0;
        double other = 0;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (HTML.stream().anyMatch(type::equalsTypeAndSubtype)) {
                    html = Math.max(html, type.getQualityValue());
                } else if (type.isWildcardType() || type.getSubtype().endsWith("json")) {
                    other = Math.max(other, type.getQualityValue());
                }
            }
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return html > other;
    }

    /**
     * Writes a problem (or, for a browser, an HTML page) and commits the response.
     *
     * @param type the problem type URI, e.g. {@code /problems/validation}
     * @param properties extra members, e.g. {@code errors}
     */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String detail,
            Map<String, ?> properties)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (prefersHtml(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write(html(status.value(), status.getReasonPhrase(), detail, properties.get("errors")));
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.putAll(properties);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /**
     * A self-contained error page, the same one the pages' {@code error} template shows, without the menu.
     *
     * @param errors the problem's {@code errors} member (field → rule), listed under the detail when it is a map
     */
    public static String html(int status, String title, @Nullable String detail, @Nullable Object errors) {
        String heading = status + " " + HtmlUtils.htmlEscape(title);
        StringBuilder list = new StringBuilder();
        if (errors instanceof Map<?, ?> fields && !fields.isEmpty()) {
            list.append("<ul>");
            fields.forEach((field, rule) -> list.append("<li>")
                    .append(HtmlUtils.htmlEscape(field + " " + rule))
                    .append("</li>"));
            list.append("</ul>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + heading
                + " · crmkit</title><link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">"
                + "<link rel=\"stylesheet\" href=\"/app.css\"></head>\n<body><main><h1>" + heading
                + "</h1>\n<p>" + HtmlUtils.htmlEscape(detail == null ? title : detail) + "</p>\n" + list
                + "<p><a href=\"/\">Back to the dashboard</a></p></main></body></html>\n";
    }
}
