/**
 * The crmkit entry point: the {@link dev.crmkit.core.Crm} facade, which reaches the services of
 * {@link dev.crmkit.core.service}. The exceptions and the small values every aggregate shares
 * ({@code Money}, {@code Patch}) live in {@link dev.crmkit.core.kernel}, the package every other
 * one depends on; the packages form no cycle ({@code PackageCyclesTest} checks it).
 */
@NullMarked
package dev.crmkit.core;

import org.jspecify.annotations.NullMarked;
