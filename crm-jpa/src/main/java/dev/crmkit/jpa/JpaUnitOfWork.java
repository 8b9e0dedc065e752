package dev.crmkit.jpa;

import dev.crmkit.core.storage.ActivityRepository;
import dev.crmkit.core.storage.AgentActionRepository;
import dev.crmkit.core.storage.AgentConversationRepository;
import dev.crmkit.core.storage.AuditRepository;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.CustomFieldRepository;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.core.storage.DealStageChangeRepository;
import dev.crmkit.core.storage.DuplicateRepository;
import dev.crmkit.core.storage.PipelineRepository;
import dev.crmkit.core.storage.SearchRepository;
import dev.crmkit.core.storage.TagRepository;
import dev.crmkit.core.storage.TaskRepository;
import dev.crmkit.core.storage.TrashRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.storage.jdbc.JdbcAgentActionRepository;
import dev.crmkit.core.storage.jdbc.JdbcAgentConversationRepository;
import dev.crmkit.core.storage.jdbc.JdbcAuditRepository;
import dev.crmkit.core.storage.jdbc.JdbcCustomFieldRepository;
import dev.crmkit.core.storage.jdbc.JdbcDuplicateRepository;
import dev.crmkit.core.storage.jdbc.JdbcTagRepository;
import dev.crmkit.core.storage.jdbc.JdbcTrashRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resource-local transaction on one entity manager; or, {@linkplain #JpaUnitOfWork(EntityManager,
 * boolean) joined}, work inside a transaction someone else runs on that entity manager. Confined to
 * the thread that began it.
 */
final class JpaUnitOfWork implements UnitOfWork {

    private static final Logger log = LoggerFactory.getLogger(JpaUnitOfWork.class);

    private final EntityManager em;
    private final JpaContactRepository contacts;
    private final JpaPipelineRepository pipelines;
    private final JpaDealRepository deals;
    private final JpaTaskRepository tasks;
    private final JpaCompanyRepository companies;
    private final JpaActivityRepository activities;
    private final JpaDealStageChangeRepository dealStageChanges;
    private final boolean joined;
    private final JdbcAgentConversationRepository agentConversations;
    private final JdbcAgentActionRepository agentActions;
    private final JpaSearchRepository search;
    private final JdbcTagRepository tags;
    private final JdbcTrashRepository trash;
    private final JdbcCustomFieldRepository customFields;
    private final JdbcDuplicateRepository duplicates;
    private final JdbcAuditRepository audit;
    private boolean committed;
    private boolean closed;

    /** Begins the transaction; closes the entity manager if that fails. */
    JpaUnitOfWork(EntityManager em) {
        this(em, false);
    }

    /**
     * @param joined true when the caller runs the transaction and owns the entity manager: then
     *     {@link #commit()} only flushes and {@link #close()} neither rolls back nor closes
     */
    JpaUnitOfWork(EntityManager em, boolean joined) {
        this.em = em;
        this.joined = joined;
        if (!joined) {
            try {
                JpaErrors.run(() -> em.getTransaction().begin());
            } catch (RuntimeException e) {
                closeQuietly();
                throw e;
            }
        }
        this.contacts = new JpaContactRepository(em);
        this.pipelines = new JpaPipelineRepository(em);
        this.deals = new JpaDealRepository(em);
        this.tasks = new JpaTaskRepository(em);
        this.companies = new JpaCompanyRepository(em);
        this.activities = new JpaActivityRepository(em);
        this.dealStageChanges = new JpaDealStageChangeRepository(em);
        // Agent state is plain rows without entities: crm-core's JDBC statements on this
        // transaction's own connection, so they commit and roll back with it.
        Supplier<Connection> connection =
                () -> JpaErrors.call(() -> em.unwrap(Session.class).doReturningWork(c -> c));
        this.agentConversations = new JdbcAgentConversationRepository(connection);
        this.agentActions = new JdbcAgentActionRepository(connection);
        this.search = new JpaSearchRepository(em);
        // Tags too: plain rows on the same connection (the tag filter of the queries reads them through entities).
        this.tags = new JdbcTagRepository(connection);
        // The trash re-inserts rows the entities map: the pending entity writes go first, so a
        // record deleted and restored in one transaction is deleted before it is inserted again.
        this.trash = new JdbcTrashRepository(() -> {
            JpaErrors.run(em::flush);
            return connection.get();
        });
        this.customFields = new JdbcCustomFieldRepository(connection);
        // The duplicate keys are generated columns no entity maps: read with SQL, after the
        // pending writes are flushed so that their keys count.
        this.duplicates = new JdbcDuplicateRepository(() -> JpaErrors.call(() -> {
            em.flush();
            return em.unwrap(Session.class).doReturningWork(c -> c);
        }));
        // The audit log too: plain rows appended on the same connection, committed with the writes they describe.
        this.audit = new JdbcAuditRepository(connection);
    }

    @Override
    public ContactRepository contacts() {
        requireOpen();
        return contacts;
    }

    @Override
    public PipelineRepository pipelines() {
        requireOpen();
        return pipelines;
    }

    @Override
    public DealRepository deals() {
        requireOpen();
        return deals;
    }

    @Override
    public TaskRepository tasks() {
        requireOpen();
        return tasks;
    }

    @Override
    public CompanyRepository companies() {
        requireOpen();
        return companies;
    }

    @Override
    public ActivityRepository activities() {
        requireOpen();
        return activities;
    }

    @Override
    public DealStageChangeRepository dealStageChanges() {
        requireOpen();
        return dealStageChanges;
    }

    @Override
    public AgentConversationRepository agentConversations() {
        requireOpen();
        return agentConversations;
    }

    @Override
    public AgentActionRepository agentActions() {
        requireOpen();
        return agentActions;
    }

    @Override
    public SearchRepository search() {
        requireOpen();
        return search;
    }

    @Override
    public CustomFieldRepository customFields() {
        return customFields;
    }

    @Override
    public TagRepository tags() {
        requireOpen();
        return tags;
    }

    @Override
    public TrashRepository trash() {
        requireOpen();
        return trash;
    }

    @Override
    public DuplicateRepository duplicates() {
        requireOpen();
        return duplicates;
    }

    @Override
    public AuditRepository audit() {
        requireOpen();
        return audit;
    }

    /** False for a unit of work that {@linkplain JpaCrmStorage#join joined} the caller's transaction. */
    @Override
    public boolean ownsTransaction() {
        return !joined;
    }

    @Override
    public void commit() {
        requireOpen();
        if (joined) {
            JpaErrors.run(em::flush);
        } else {
            JpaErrors.run(() -> em.getTransaction().commit());
        }
        committed = true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (joined) {
            return;
        }
        try {
            EntityTransaction transaction = em.getTransaction();
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            // Usually the connection broke, which already ended the transaction on the server;
            // the caller is more interested in the error that made it roll back.
            log.warn("rollback failed: {}", e.toString());
        } finally {
            closeQuietly();
        }
    }

    private void requireOpen() {
        if (closed || committed) {
            throw new IllegalStateException("this unit of work is " + (closed ? "closed" : "committed"));
        }
    }

    private void closeQuietly() {
        try {
            em.close();
        } catch (RuntimeException e) {
            log.warn("closing the entity manager failed: {}", e.toString());
        }
    }
}
