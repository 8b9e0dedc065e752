package dev.crmkit.core.storage;

/**
 * One database transaction and the repositories that work inside it. Rolls back on {@link
 * #close()} unless {@link #commit()} was called first, so an exception anywhere leaves nothing
 * half-written:
 *
 * <pre>{@code
 * try (UnitOfWork work = storage.begin()) {
 *     Contact saved = work.contacts().insert(contact);
 *     work.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use it on the thread that began it. The repositories it hands out are
 * valid until it is closed.
 */
public interface UnitOfWork extends AutoCloseable {

    /** {@return the contacts, in this unit of work} */
    ContactRepository contacts();

    /** {@return the pipelines, in this unit of work} */
    PipelineRepository pipelines();

    /** {@return the deals, in this unit of work} */
    DealRepository deals();

    /** {@return the tasks, in this unit of work} */
    TaskRepository tasks();

    /** {@return the companies, in this unit of work} */
    CompanyRepository companies();

    /** {@return the activities, in this unit of work} */
    ActivityRepository activities();

    /** {@return the deals' stage history, in this unit of work} */
    DealStageChangeRepository dealStageChanges();

    /** {@return an assistant's conversations, in this unit of work} */
    AgentConversationRepository agentConversations();

    /** {@return an assistant's action log, in this unit of work} */
    AgentActionRepository agentActions();

    /** {@return the search over every kind of record, in this unit of work} */
    SearchRepository search();

    /** {@return the tags and the records carrying them, in this unit of work} */
    TagRepository tags();

    /** {@return the trash: deleted records until they are restored or purged, in this unit of work} */
    TrashRepository trash();
    /** {@return the custom field definitions, in this unit of work} */
    CustomFieldRepository customFields();
    /** {@return the blocks of likely duplicate contacts and companies, in this unit of work} */
    DuplicateRepository duplicates();
    /** {@return the audit log, in this unit of work: its entries commit and roll back with the writes} */
    AuditRepository audit();

    /**
     * Makes every change of this unit of work durable. Calling anything but {@link #close()}
     * afterwards is an error.
     *
     * @throws dev.crmkit.core.kernel.RetryableTransactionException when the database refuses the commit
     *     because of a concurrent transaction (serialization failure, deadlock)
     * @throws dev.crmkit.core.kernel.ConflictException when a deferred constraint fails at commit
     */
    void commit();

    /** Rolls back unless committed, and releases the connection. Never throws for a rollback failure after an error. */
    @Override
    void close();

    /**
     * Whether this unit of work is its own transaction, which its {@link #commit()} commits and
     * its {@link #close()} rolls back; false when it joined a transaction someone else runs (a
     * host's Spring-managed one, say), which a failure inside it has doomed. crm-core runs an
     * operation that lost a race against a concurrent writer again only in a unit of work of its
     * own. Answers the same before and after {@link #close()}.
     *
     * @return true by default
     */
    default boolean ownsTransaction() {
        return true;
    }

    /**
     * Runs {@code action} once the transaction this unit of work belongs to has really committed,
     * and never when it rolls back. crm-core calls it after {@link #commit()} and {@link #close()}
     * to publish the unit of work's events.
     *
     * <p>By default the unit of work is its own transaction, so the commit has happened and the
     * action runs at once. A unit of work that joined a transaction its host runs (a Spring-managed
     * one, say) defers the action until the host commits, and drops it when the host rolls back.
     *
     * @param action what to run after the commit
     */
    default void afterCommit(Runnable action) {
        action.run();
    }
}
