package dev.crmkit.examples.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Makes a {@link CrudApi} subclass the JSON REST controller ({@link ApiController}) of one resource: at
 * {@link #path}, in the OpenAPI tag {@link #plural}, with the texts of its inherited operations. By default the
 * summaries are "Get a contact", "Create a contact", "Replace a contact", "Change some fields of a
 * contact" and "Delete a contact" from {@link #noun}, and "List contacts" from {@link #plural} for
 * the subclass's {@code list} operations; a description for each where given.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiController(path = "", tag = "")
@interface CrudController {

    /** The resource's address: {@code /api/v1/contacts}. */
    @AliasFor(annotation = ApiController.class, attribute = "path")
    String path();

    /** The resource in the plural, lower case, as its OpenAPI tag and in "List contacts": {@code contacts}. */
    @AliasFor(annotation = ApiController.class, attribute = "tag")
    String plural();

    /** The resource in the singular, lower case: {@code contact}. */
    String noun();

    /** The summary of {@code get} when it is not "Get a " + noun. */
    String getSummary() default "";

    /** The description of {@code get}; none when empty. */
    String get() default "";

    /** The description of {@code create}. */
    String create() default "";

    /** The description of {@code replace}. */
    String replace() default "";

    /** The description of {@code patch}. */
    String patch() default "";

    /** The description of {@code delete}. */
    String delete() default "";
}
