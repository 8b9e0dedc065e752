package dev.crmkit.examples.web.api;

import io.swagger.v3.oas.models.Operation;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * What springdoc cannot read from a handler method itself: the texts of the operations a controller
 * inherits from {@link CrudApi} (from its {@link CrudController}) and their list operations' summaries, and the query parameters behind a
 * {@link QueryParameterGroup} parameter ({@code PageRequest}, {@code FeedPage}, {@code DuplicateQuery}), listed after
 * the operation's own filters. Used once per operation at start-up.
 */
final class OperationDocs {

    private OperationDocs() {}

    static Operation customize(Operation operation, HandlerMethod handler) {
        CrudController docs = handler.getBeanType().getAnnotation(CrudController.class);
        if (docs != null && handler.getMethod().getDeclaringClass() == CrudApi.class) {
            describe(operation, docs, handler.getMethod().getName());
        } else if (docs != null && handler.getMethod().getName().equals("list")) {
            operation.setSummary("List " + docs.plural());
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            for (QueryParameterGroup<?> group : ApiConfiguration.PARAMETER_GROUPS) {
                if (group.supportsParameter(parameter)) {
                    group.documentation().forEach(operation::addParametersItem);
                }
            }
        }
        return operation;
    }

    private static void describe(Operation operation, CrudController docs, String method) {
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
}
