package dev.crmkit.examples.web.guard;

import dev.crmkit.examples.web.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose address or body is malformed before anything reads them, on every path:
 *
 * <ul>
 *   <li>a path with matrix parameters ({@code /pipelines/1;DROP}): 404, because Spring would
 *       otherwise ignore {@code ;DROP} and serve pipeline 1;</li>
 *   <li>a query string with a bad percent-escape, invalid UTF-8 or a control character
 *       ({@code ?q=%}, {@code ?q=%FF}, {@code ?q=%00}): 400 naming the parameter;</li>
 *   <li>an API body that is not valid UTF-8, overlong forms included: the body stream fails with
 *       {@link MalformedBodyException} while it is read, which the JSON reader reports as a 400.</li>
 * </ul>
 *
 * Runs right after the body-size limit and before any other filter, so no later filter (security's
 * included) trips over such a request first. Stateless and thread-safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public final class RequestGuardFilter extends OncePerRequestFilter {

    /** A {@code ;}, raw or percent-encoded (which the security firewall would refuse as a 400). */
    private static boolean hasPathParameter(String uri) {
        return uri.indexOf(';') >= 0 || uri.contains("%3B") || uri.contains("%3b");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasPathParameter(request.getRequestURI())) {
            ProblemResponses.write(
                    request,
                    response,
                    HttpStatus.NOT_FOUND,
                    ProblemResponses.type(404),
                    "There is nothing at this address: paths take no ;parameters.",
                    Map.of());
            return;
        }
        try {
            QueryString.parse(request.getQueryString());
        } catch (QueryString.Malformed e) {
            ProblemResponses.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "/problems/validation",
                    "The input breaks one or more rules.",
                    Map.of("errors", Map.of(e.parameter(), e.getMessage())));
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        chain.doFilter(api ? new Utf8Request(request) : request, response);
    }

    /** Checks the body's bytes as UTF-8 while they are read. */
    private static final class Utf8Request extends HttpServletRequestWrapper {

        private @Nullable ServletInputStream stream;

        Utf8Request(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Utf8CheckingStream(super.getInputStream());
            }
            return stream;
        }
    }
}
