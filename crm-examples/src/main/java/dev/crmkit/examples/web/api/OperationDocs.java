package dev.crmkit.examples.web.api;

import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * What springdoc cannot read from a handler method itself: the texts of the operations a controller
 * inherits from {@link CrudApi} (from its {@link CrudController}) and their list operations' summaries, the
 * query parameters behind a {@link QueryParameterGroup} parameter ({@code PageRequest}, {@code FeedPage},
 * {@code DuplicateQuery}), listed after the operation's own filters, and what a list operation's description
 * says of its shared parameters (the sort keys and paging, {@code tag}, {@code cf.<key>}), written after the
 * operation's own text in the order of its parameters. Used once per operation at start-up.
 */
final class OperationDocs {

    private OperationDocs() {}

    static Operation customize(Operation operation, HandlerMethod handler) {
        CrudController resource = handler.getBeanType().getAnnotation(CrudController.class);
        if (resource != null && handler.getMethod().getDeclaringClass() == CrudApi.class) {
            describe(operation, resource, handler.getMethod().getName());
        } else if (resource != null && handler.getMethod().getName().equals("list")) {
            operation.setSummary("List " + resource.plural());
        }
        List<String> clauses = new ArrayList<>();
        if (operation.getDescription() != null) {
            clauses.add(operation.getDescription());
        }
        int own = clauses.size();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            for (QueryParameterGroup<?> group : ApiConfiguration.PARAMETER_GROUPS) {
                if (group.supportsParameter(parameter)) {
                    group.documentation().forEach(operation::addParametersItem);
                    clauses.addAll(group.description(parameter));
                }
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (resource != null && param != null && param.name().equals(TaggedCrudApi.TAG)) {
                clauses.add(TaggedCrudApi.tagDocs(resource.plural()));
            }
            if (parameter.getParameterType() == CustomFieldParams.class) {
                clauses.add(CustomFieldParams.DOCS);
            }
        }
        if (clauses.size() > own) {
            operation.setDescription(String.join("; ", clauses) + ".");
        }
        return operation;
    }

    private static void describe(Operation operation, CrudController resource, String method) {
        String noun = Nouns.withArticle(Nouns.singular(resource.plural()));
        String[] text = switch (method) {
            case "get" ->
                new String[] {resource.getSummary().isEmpty() ? "Get " + noun : resource.getSummary(), resource.get()};
            case "create" -> new String[] {"Create " + noun, resource.create()};
            case "replace" -> new String[] {"Replace " + noun, resource.replace()};
            case "patch" -> new String[] {"Change some fields of " + noun, resource.patch()};
            case "delete" -> new String[] {"Delete " + noun, resource.delete()};
            default -> throw new IllegalStateException("CrudApi." + method + " has no documentation");
        };
        operation.setSummary(text[0]);
        operation.setDescription(text[1].isEmpty() ? null : text[1]);
    }
}
