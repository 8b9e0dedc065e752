package dev.crmkit.examples.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link ProblemDetail} as the HTML error page when the client asks for {@code text/html}
 * above JSON, so a browser that follows a link to a missing page ({@code /contacts/abc},
 * {@code /nothing}) sees a page, while API clients keep getting {@code application/problem+json}
 * (registered after the JSON converters, it wins only on an explicit preference). Write-only;
 * stateless and thread-safe.
 */
public final class ProblemHtmlConverter extends AbstractHttpMessageConverter<ProblemDetail> {

    public ProblemHtmlConverter() {
        super(StandardCharsets.UTF_8, MediaType.TEXT_HTML);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ProblemDetail.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, @org.jspecify.annotations.Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected ProblemDetail readInternal(Class<? extends ProblemDetail> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("problem details are never read", input);
    }

    @Override
    protected void writeInternal(ProblemDetail problem, HttpOutputMessage output) throws IOException {
        String title = problem.getTitle() == null ? "Error" : problem.getTitle();
        output.getBody()
                .write(ProblemResponses.html(
                                problem.getStatus(),
                                title,
                                problem.getDetail(),
                                problem.getProperties() == null
                                        ? null
                                        : problem.getProperties().get("errors"))
                        .getBytes(StandardCharsets.UTF_8));
    }
}
