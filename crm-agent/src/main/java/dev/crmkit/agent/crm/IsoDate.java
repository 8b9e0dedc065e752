package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tool's date parameter, written {@code YYYY-MM-DD}: bounded to those 10 characters; the tool reads
 * it with {@link ToolArguments#date}.
 */
@MaxLength(10)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface IsoDate {}
