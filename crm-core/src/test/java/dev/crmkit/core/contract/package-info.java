/**
 * The storage contract kit: abstract tests every adapter × database runs by subclassing {@link
 * dev.crmkit.core.contract.CrmStorageContract} with one constructor call. Published in crm-core's
 * test-jar.
 */
@NullMarked
package dev.crmkit.core.contract;

import org.jspecify.annotations.NullMarked;
