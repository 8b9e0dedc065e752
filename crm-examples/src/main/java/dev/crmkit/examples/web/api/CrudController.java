package dev.crmkit.examples.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Makes a {@link CrudApi} subclass the JSON REST controller ({@link ApiController}) of one resource, named
 * once by {@link #plural}: at {@code /api/v1/} + plural ({@link CrudPaths}), in the OpenAPI tag plural, with
 * the texts of its inherited operations. The summaries are "Get a contact", "Create a contact", "Replace a
 * contact", "Change some fields of a contact" and "Delete a contact" from the singular ({@link
 * Nouns#singular}), and "List contacts" for the subclass's {@code list} operations; a description for each
 * where given, the defaults for {@code get}, {@code replace} and {@code patch} being what every resource's
 * does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiController(path = "", tag = "")
@interface CrudController {

    /** The resource in the plural, lower case, as its address, its OpenAPI tag and in "List contacts". */
    @AliasFor(annotation = ApiController.class, attribute = "tag")
    String plural();

    /** The summary of {@code get} when it is not "Get a " (or "Get an ") + the singular. */
    String getSummary() default "";

    /** The description of {@code get}; none when empty. */
    String get() default "The ETag header carries the version.";

    /** The description of {@code create}; none when empty. */
    String create() default "";

    /** The description of {@code replace}. */
    String replace() default "Every field; an absent optional field is cleared.";

    /** The description of {@code patch}. */
    String patch() default "Absent fields stay; null clears a field.";

    /** The description of {@code delete}; none when empty. */
    String delete() default "";
}
