package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a model types into a search box; crm-core accepts longer text, no model needs it. */
@MaxLength(100)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface SearchText {}
