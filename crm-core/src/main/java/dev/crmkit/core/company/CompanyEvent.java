package dev.crmkit.core.company;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An event about a company. */
public sealed interface CompanyEvent extends CrmEvent {

    /** {@return the id of the company concerned} */
    long companyId();

    @Override
    default String entity() {
        return "company";
    }

    @Override
    default long entityId() {
        return companyId();
    }

    /** A company was created. */
    record Created(Company company, Instant occurredAt) implements CompanyEvent {
        @Override
        public long companyId() {
            return company.id();
        }
    }

    /** A company was changed; {@code after} carries the new version. */
    record Updated(Company before, Company after, Instant occurredAt) implements CompanyEvent {
        @Override
        public long companyId() {
            return after.id();
        }
    }

    /** A company was deleted; its contacts and deals were detached. */
    record Deleted(long companyId, Instant occurredAt) implements CompanyEvent {}

    /**
     * Other companys were merged into this one, in one transaction: their contacts, deals, activities now link to it and
     * they were deleted. The only event of a merge: the re-linked records and the deleted companys
     * publish none of their own.
     *
     * @param survivor the company that stayed, as stored after the merge
     * @param mergedIds the companys merged into it, now deleted
     * @param relinked kind of related row → how many moved to the survivor
     * @param occurredAt when
     */
    record Merged(Company survivor, List<Long> mergedIds, Map<String, Integer> relinked, Instant occurredAt)
            implements CompanyEvent {
        /**
         * Copies the collections.
         *
         * @param survivor the company that stayed
         * @param mergedIds the merged ids
         * @param relinked the counts
         * @param occurredAt when
         */
        public Merged {
            mergedIds = List.copyOf(mergedIds);
            relinked = Map.copyOf(relinked);
        }

        @Override
        public long companyId() {
            return survivor.id();
        }
    }
}
