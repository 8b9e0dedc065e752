package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tool's free-text parameter (notes, a description, details): at most {@value CrmViews#TEXT_MAX}
 * characters, as much as a view shows back; crm-core accepts longer text from other callers.
 */
@MaxLength(CrmViews.TEXT_MAX)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface FreeText {}
