package dev.crmkit.examples.web.api;

import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Arrays;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * What springdoc cannot read from a handler method itself: the texts of the operations a controller
 * inherits from {@link CrudApi} (from its {@link CrudDocs}), and the four query parameters behind a
 * {@code PageRequest} parameter (see {@link PageRequestResolver}), listed after the operation's own
 * filters. Used once per operation at start-up.
 */
final class OperationDocs {

    private OperationDocs() {}

    static Operation customize(Operation operation, HandlerMethod handler) {
        CrudDocs docs = handler.getBeanType().getAnnotation(CrudDocs.class);
        if (docs != null && handler.getMethod().getDeclaringClass() == CrudApi.class) {
            describe(operation, docs, handler.getMethod().getName());
        }
        if (Arrays.stream(handler.getMethodParameters())
                .map(MethodParameter::getParameterType)
                .anyMatch(PageRequest.class::equals)) {
            operation.addParametersItem(query("sort").schema(new StringSchema()));
            operation.addParametersItem(query("limit").schema(new IntegerSchema()._default(PageRequest.DEFAULT_LIMIT)));
            operation.addParametersItem(query("cursor").schema(new StringSchema()));
            operation.addParametersItem(query("total").schema(new BooleanSchema()._default(false)));
        }
        return operation;
    }

    private static void describe(Operation operation, CrudDocs docs, String method) {
        String noun = docs.noun();
        String[] text = switch (method) {
            case "get" -> new String[] {docs.getSummary().isEmpty() ? "Get a " + noun : docs.getSummary(), docs.get()};
            case "create" -> new String[] {"Create a " + noun, docs.create()};
            case "replace" -> new String[] {"Replace a " + noun, docs.replace()};
            case "patch" -> new String[] {"Change some fields of a " + noun, docs.patch()};
            case "delete" -> new String[] {"Delete a " + noun, docs.delete()};
            default -> throw new IllegalStateException("CrudApi." + method + " has no documentation");
        };
        operation.setSummary(text[0]);
        operation.setDescription(text[1].isEmpty() ? null : text[1]);
    }

    private static QueryParameter query(String name) {
        QueryParameter parameter = new QueryParameter();
        parameter.name(name).required(false);
        return parameter;
    }
}
