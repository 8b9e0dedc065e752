package dev.crmkit.core.storage;

import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchKind;
import dev.crmkit.core.search.SearchQuery;
import java.util.List;

/**
 * Finds records of one {@link SearchKind} for a {@link SearchQuery}, ranked by {@link SearchHit#score()},
 * then by the record's lower-cased name or title (contacts: their stored search text, which starts
 * with the lower-cased "first last"), then by id; never more than {@link SearchQuery#limit()}.
 * {@link dev.crmkit.core.service.SearchService} merges the kinds.
 *
 * <p>Two statements per kind, so that the common case uses indexes only: {@link #findLeading} returns
 * the {@link SearchHit#EXACT} and {@link SearchHit#PREFIX} hits (an index lookup and an index range),
 * and only when they are fewer than the limit does the service ask {@link #findAll}, which has to
 * look at every row. Owned by a {@link UnitOfWork}; not thread-safe.
 */
public interface SearchRepository {

    /**
     * {@return the best hits that are exact or prefix matches, ranked, at most {@code query.limit()}}
     *
     * @param kind the kind of record
     * @param query what to look for
     */
    List<SearchHit> findLeading(SearchKind kind, SearchQuery query);

    /**
     * {@return the best hits of every score, ranked, at most {@code query.limit()}}
     *
     * @param kind the kind of record
     * @param query what to look for
     */
    List<SearchHit> findAll(SearchKind kind, SearchQuery query);
}
