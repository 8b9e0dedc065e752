package dev.crmkit.examples.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI texts of a {@link CrudApi} controller's inherited operations: by default the
 * summaries "Get a contact", "Create a contact", "Replace a contact", "Change some fields of a
 * contact" and "Delete a contact" from {@link #noun}, and a description for each where given.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CrudDocs {

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
