/**
 * The vocabulary every other package of crm-core shares and depends on, and that depends on no
 * other crmkit package: the exception hierarchy under {@link dev.crmkit.core.kernel.CrmException},
 * {@link dev.crmkit.core.kernel.Money}, {@link dev.crmkit.core.kernel.Patch} (partial updates),
 * {@link dev.crmkit.core.kernel.CrmRecord}, {@link dev.crmkit.core.kernel.StorageLimits} and
 * {@link dev.crmkit.core.kernel.FieldErrors}, the validation helper the commands use.
 */
@NullMarked
package dev.crmkit.core.kernel;

import org.jspecify.annotations.NullMarked;
