package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A tool's currency parameter: an ISO 4217 code such as {@code EUR}. */
@MaxLength(3)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface CurrencyCode {}
