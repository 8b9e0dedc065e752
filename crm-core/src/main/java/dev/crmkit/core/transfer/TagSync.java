package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tags column of one batch: the stored records' tags read in one query, then each record's
 * tags set to its row's where they differ. A file without a tags column reads and writes none.
 */
final class TagSync {
    private final Crm crm;
    private final TaggableKind kind;
    private final Map<Long, List<String>> stored;

    private TagSync(Crm crm, TaggableKind kind, Map<Long, List<String>> stored) {
        this.crm = crm;
        this.kind = kind;
        this.stored = stored;
    }

    /**
     * Reads the tags of the stored records a batch may update.
     *
     * @param withTags whether the file has a tags column
     * @param records the stored records
     */
    static TagSync read(Crm crm, TaggableKind kind, boolean withTags, Collection<? extends CrmRecord> records) {
        return new TagSync(
                crm,
                kind,
                withTags
                        ? References.tagsOf(
                                crm, kind, records.stream().map(CrmRecord::id).toList())
                        : Map.of());
    }

    /** {@return whether a stored record's tags changed to the wanted ones (null: no tags column)} */
    boolean sync(long id, @Nullable List<String> wanted) {
        return References.syncTags(crm, kind, id, wanted, stored.get(id));
    }

    /** Tags the records just created, each with the tags of its row, in the same order. */
    void created(List<? extends CrmRecord> inserted, List<@Nullable List<String>> wanted) {
        for (int i = 0; i < inserted.size(); i++) {
            References.syncTags(crm, kind, inserted.get(i).id(), wanted.get(i), null);
        }
    }
}
