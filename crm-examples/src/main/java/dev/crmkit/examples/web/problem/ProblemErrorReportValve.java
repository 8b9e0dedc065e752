package dev.crmkit.examples.web.problem;

import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for requests it refuses itself before any servlet runs (a path with
 * {@code %00} or {@code %2F}, a malformed request line): problem details, or the HTML error page for
 * a browser, instead of Tomcat's own HTML page. Installed on the host by {@link TomcatErrorReports}.
 * Thread-safe (stateless).
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus shown = known == null ? HttpStatus.BAD_REQUEST : known;
        String detail = shown.is5xxServerError()
                ? "The server could not complete the request; the log has the details."
                : shown == HttpStatus.BAD_REQUEST
                        ? "The request could not be read: its address or headers are malformed."
                        : shown.getReasonPhrase() + ".";
        try {
            ProblemResponses.write(request, response, shown, ProblemResponses.type(shown.value()), detail, Map.of());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the error report for status {}", status, e);
        }
    }
}
