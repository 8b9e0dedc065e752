/**
 * Likely duplicate contacts and companies, and merging them: a {@link
 * dev.crmkit.core.duplicate.DuplicateQuery} in, {@link dev.crmkit.core.duplicate.DuplicateGroup}s
 * out, found by blocking keys the schema computes ({@link dev.crmkit.core.duplicate.DuplicateKeys});
 * a {@link dev.crmkit.core.duplicate.MergeRequest} merges a group into one record. The repository
 * SPI is {@link dev.crmkit.core.storage.DuplicateRepository}, the service {@link
 * dev.crmkit.core.service.DuplicateService}.
 */
@NullMarked
package dev.crmkit.core.duplicate;

import org.jspecify.annotations.NullMarked;
