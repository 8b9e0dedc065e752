/**
 * One search over the CRM's records: a {@link dev.crmkit.core.search.SearchQuery} in, ranked
 * {@link dev.crmkit.core.search.SearchHit}s out, one {@link dev.crmkit.core.search.SearchKind} per
 * kind of record searched. The repository SPI is {@link dev.crmkit.core.storage.SearchRepository},
 * the service {@link dev.crmkit.core.service.SearchService}.
 */
@NullMarked
package dev.crmkit.core.search;

import org.jspecify.annotations.NullMarked;
