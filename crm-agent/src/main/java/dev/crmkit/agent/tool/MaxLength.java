package dev.crmkit.agent.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds a {@code String} parameter of a tool method (or a component of a record parameter, which
 * stands for parameters): the schema gets {@code "maxLength"}, the
 * dispatcher refuses longer values, and a grammar-constrained model cannot write longer ones.
 * Without it a string is unbounded in the schema, and a local model's grammar caps it at its
 * default (200 characters), which also costs context and output budget.
 *
 * <p>On an annotation type it names a bound that many parameters share: a parameter carrying that
 * annotation is bounded as if it carried this one ({@code @MaxLength(10) @interface IsoDate {}} lets a
 * date parameter say {@code @IsoDate} where every other date parameter says the same). A parameter
 * takes one bound, directly or through one such annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
public @interface MaxLength {

    /** @return the most characters (Unicode code points) the value may have */
    int value();
}
