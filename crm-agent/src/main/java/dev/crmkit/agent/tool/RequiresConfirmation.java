package dev.crmkit.agent.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a tool whose call must not run on a model's say-so: deletes, and anything that changes
 * more than one record. {@link ToolDispatcher} itself executes what it is given; the agent checks
 * {@link ToolDispatcher#requiresConfirmation(String)} and turns such calls into pending actions
 * that only the host can confirm.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresConfirmation {}
