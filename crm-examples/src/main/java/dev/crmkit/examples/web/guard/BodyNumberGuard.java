package dev.crmkit.examples.web.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON number the reader cannot represent ({@code 1e2147483648}: its exponent overflows
 * {@code BigDecimal}) makes Jackson throw a bare {@link NumberFormatException}, which Spring does not
 * count as an unreadable body, so it ended as a 500. This advice reads each JSON body once before the
 * converter does, with the app's own mapper, and turns that failure into the
 * {@link HttpMessageNotReadableException} every other malformed body raises (400
 * {@code /problems/malformed-json}). Bodies are small (the size limit applies first), so reading one
 * twice costs little. Thread-safe.
 */
@ControllerAdvice
final class BodyNumberGuard extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    BodyNumberGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = input.getBody().readAllBytes();
        try {
            json.readTree(body);
        } catch (NumberFormatException e) {
            throw new HttpMessageNotReadableException("a number in the body is out of range", e, input);
        } catch (JacksonException e) {
            // Any other mistake is the converter's to report, exactly as without this advice.
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
