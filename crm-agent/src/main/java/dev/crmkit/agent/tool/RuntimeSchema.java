package dev.crmkit.agent.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Map<String, Object>} parameter of a tool method whose members are only known at run
 * time (a CRM's custom fields, say): its schema is the {@link ObjectParameter} the dispatcher is built
 * with under {@link #value()} ({@link ToolDispatcher.Builder#objectParameters}). Without one, the
 * parameter is left out of the tool entirely: not in its specification, refused as unknown when a model
 * writes it, and {@code null} for the method, so a tool costs no prompt for members nobody defined.
 *
 * <p>Without a name, the parameter's schema is the one registered under its tool's name: a record that
 * groups such a parameter (see {@link ToolDispatcher}) then serves every tool that takes it, each tool
 * with an object of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RuntimeSchema {

    /** @return the name the parameter's {@link ObjectParameter} is registered under; empty for its tool's name */
    String value() default "";
}
