package dev.crmkit.examples.web.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Makes a class a JSON REST controller of the API: its operations under {@link #path}, answering
 * JSON, in the OpenAPI tag {@link #tag}. The resources' CRUD controllers use {@link CrudController}
 * instead, which also writes their inherited operations' texts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "")
@interface ApiController {

    /** The address its operations' paths are relative to: {@code /api/v1/search}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String path();

    /** The OpenAPI tag of its operations, lower case: {@code search}. */
    @AliasFor(annotation = Tag.class, attribute = "name")
    String tag();
}
