package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.pipeline.Stage;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A tool's parameter naming a stage of a pipeline by its key, such as {@code proposal}. */
@MaxLength(Stage.KEY_MAX)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface StageKey {}
