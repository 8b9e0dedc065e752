/**
 * Companies: the record, its create and update commands, its query and sort allow-list, and its
 * events. Contacts and deals link to a company by {@code companyId}. The repository SPI is in
 * {@link dev.crmkit.core.storage}, the service that owns the rules in {@link dev.crmkit.core.service}.
 */
@NullMarked
package dev.crmkit.core.company;

import org.jspecify.annotations.NullMarked;
