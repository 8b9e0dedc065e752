/**
 * The crmkit entry point: the {@link dev.crmkit.core.Crm} facade, the exception hierarchy rooted at
 * {@link dev.crmkit.core.kernel.CrmException}, and the small values shared by every aggregate
 * ({@link dev.crmkit.core.kernel.Money}, {@link dev.crmkit.core.kernel.Patch}).
 */
@NullMarked
package dev.crmkit.core;

import org.jspecify.annotations.NullMarked;
