/**
 * The crmkit entry point: the {@link dev.crmkit.core.Crm} facade, the exception hierarchy rooted at
 * {@link dev.crmkit.core.CrmException}, and the small values shared by every aggregate
 * ({@link dev.crmkit.core.Money}, {@link dev.crmkit.core.Patch}).
 */
@NullMarked
package dev.crmkit.core;

import org.jspecify.annotations.NullMarked;
