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
public @interface RequiresConfirmation {

    /**
     * Whether what a call does is decided by the data as it is when the call runs, as "undo the
     * last change" is: a pending call is then withdrawn as soon as its conversation changes data,
     * because confirmed after that it would act on the newer change, not on what the user was
     * shown.
     *
     * @return true to withdraw pending calls of the tool after a later change; false by default
     */
    boolean withdrawnByLaterChanges() default false;
}
