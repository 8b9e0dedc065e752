package dev.crmkit.core.deal;

import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.query.Page;
import java.util.Optional;

/**
 * Persists deals; owned by a {@link dev.crmkit.core.storage.UnitOfWork}. Repositories only
 * persist and query: the rules live in {@link DealService}.
 */
public interface DealRepository {

    Optional<Deal> findById(long id);

    /** @throws NotFoundException when there is no such deal */
    default Deal getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("deal", id));
    }

    boolean existsById(long id);

    /**
     * Inserts a new deal. The given id and version are ignored.
     *
     * @return the deal as stored: the database's id, version 0
     */
    Deal insert(Deal deal);

    /**
     * Writes every field of the deal if the stored version still equals {@code deal.version()}.
     *
     * @return the deal as stored, version incremented by one
     * @throws dev.crmkit.core.ConcurrentModificationException when the stored version differs
     * @throws NotFoundException when the deal no longer exists
     */
    Deal update(Deal deal);

    /**
     * Deletes the deal row. {@link DealService} detaches its tasks first; the schema's foreign key
     * does it too, only as a safety net for callers that bypass the service.
     *
     * @return false when there was no such deal
     */
    boolean deleteById(long id);

    /**
     * One page of the deals matching the query, in its order. The {@code outcome} filter is the
     * outcome of the deal's stage in its pipeline.
     */
    Page<Deal> find(DealQuery query);
}
