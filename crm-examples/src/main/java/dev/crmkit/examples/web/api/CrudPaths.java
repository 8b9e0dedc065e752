package dev.crmkit.examples.web.api;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The app's request mappings, with the operations of a {@link CrudController} at the address its plural
 * names: {@code /api/v1/contacts}, {@code /api/v1/contacts/{id}}. Set up once at start-up.
 */
final class CrudPaths extends RequestMappingHandlerMapping {

    /** The address of a {@link CrudController}'s operations: {@code /api/v1/contacts}. */
    static String of(CrudController resource) {
        return "/api/v1/" + resource.plural();
    }

    @Override
    protected @Nullable RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
        RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
        CrudController resource = AnnotatedElementUtils.findMergedAnnotation(handlerType, CrudController.class);
        RequestMapping operation = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (info == null || resource == null || operation == null) {
            return info;
        }
        // The operation's own path after the resource's address; the address alone when it has none.
        String[] paths = operation.path().length == 0
                ? new String[] {of(resource)}
                : Arrays.stream(operation.path())
                        .map(path -> of(resource) + path)
                        .toArray(String[]::new);
        return info.mutate().paths(paths).build();
    }
}
