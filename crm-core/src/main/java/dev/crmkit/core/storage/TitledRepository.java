package dev.crmkit.core.storage;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.PageRequest;
import java.util.Collection;
import java.util.List;

/**
 * A repository whose records are identified in a file by their title: how an import finds the
 * stored record a row describes.
 *
 * @param <T> the aggregate's record
 */
public interface TitledRepository<T extends CrmRecord> extends CrmRepository<T> {

    /**
     * {@return the records whose title is exactly one of these, in no particular order}
     *
     * @param titles the titles, at most {@link PageRequest#MAX_LIMIT}
     */
    List<T> findByTitles(Collection<String> titles);
}
