package dev.crmkit.core.audit;

/**
 * Brings back a record a change set deleted, when its undo runs: the seam through which undo
 * reaches the trash. Called inside the undo's transaction, in reverse order of the deletes (a
 * parent before the children its delete cascaded to). Without a restorer, undoing a change set
 * that deleted anything is refused with a {@link dev.crmkit.core.kernel.ConflictException}.
 */
@FunctionalInterface
public interface DeletedRecordRestorer {

    /**
     * Restores one deleted record.
     *
     * @param kind the kind of record, as audit entries name it ({@code contact}, {@code deal}, …)
     * @param id the record's id
     * @throws dev.crmkit.core.kernel.ConflictException when it cannot come back (e.g. a live record took its email)
     * @throws dev.crmkit.core.kernel.NotFoundException when it is not in the trash any more
     */
    void restore(String kind, long id);
}
