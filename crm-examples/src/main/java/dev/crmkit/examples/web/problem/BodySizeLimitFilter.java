package dev.crmkit.examples.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over {@code crm.api.max-body-size} bytes (default 1 MiB) with 413;
 * a CSV upload to {@code /api/v1/imports} may be up to {@code crm.api.max-import-size} (default
 * 200 MiB, streamed to a temporary file, never held in memory).
 * A declared {@code Content-Length} is refused before anything is read; a chunked body is counted
 * while Jackson reads it and fails with {@link BodyTooLargeException}, which {@link ProblemAdvice}
 * turns into the same 413. Tomcat's own limits only cover form posts, hence this filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long importLimit;

    public BodySizeLimitFilter(
            @Value("${crm.api.max-body-size:1048576}") long limit,
            @Value("${crm.api.max-import-size:209715200}") long importLimit) {
        this.limit = limit;
        this.importLimit = importLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit =
                request.getRequestURI().equals(request.getContextPath() + "/api/v1/imports") ? importLimit : this.limit;
        if (request.getContentLengthLong() > limit) {
            // Answered here: the handler never runs, so the advice cannot write this one.
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"/problems/body-too-large\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"the request body is larger than " + limit + " bytes\",\"instance\":\""
                            + request.getRequestURI().replace("\"", "") + "\"}");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** Counts the bytes read from the body and fails once they pass the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws BodyTooLargeException {
            count += bytes;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
