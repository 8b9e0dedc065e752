/**
 * The CRM tools: thin LangChain4j {@code @Tool} methods over the crm-core services, with
 * descriptions written for small models, bounded parameters and compact JSON results.
 * {@link dev.crmkit.agent.crm.CrmToolset} gathers them; {@link dev.crmkit.agent.crm.CrmViews} holds what they return.
 */
@NullMarked
package dev.crmkit.agent.crm;

import org.jspecify.annotations.NullMarked;
