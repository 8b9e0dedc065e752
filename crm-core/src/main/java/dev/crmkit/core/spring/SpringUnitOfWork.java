package dev.crmkit.core.spring;

import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.storage.AgentActionRepository;
import dev.crmkit.core.storage.AgentConversationRepository;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.CustomFieldRepository;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.core.storage.PipelineRepository;
import dev.crmkit.core.storage.SearchRepository;
import dev.crmkit.core.storage.SqlErrors;
import dev.crmkit.core.storage.TagRepository;
import dev.crmkit.core.storage.TaskRepository;
import dev.crmkit.core.storage.TrashRepository;
import dev.crmkit.core.storage.UnitOfWork;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A crmkit unit of work as a participant of Spring's transaction management, with the semantics of
 * {@code PROPAGATION_REQUIRED}: inside a host transaction it joins it (its commit leaves committing
 * to the host, a failure marks the host's transaction rollback-only, its events wait for the host's
 * commit); outside one it begins its own, which rolls back unless committed.
 *
 * <p>Events of a joined unit of work are delivered from an {@code afterCommit} synchronization.
 * The host's finished transaction is still bound to the thread then, so crmkit calls a listener
 * makes are given a new transaction ({@code REQUIRES_NEW}) instead of joining that one.
 *
 * <p>For adapters: each adapter's {@code spring} package opens its own unit of work on the resources
 * Spring bound to the transaction (JPA's transactional entity manager, mybatis-spring's connection)
 * and hands that to {@link #begin}; all the rest is this one class. Not thread-safe, like every unit
 * of work.
 */
public final class SpringUnitOfWork implements UnitOfWork {

    private static final Logger log = LoggerFactory.getLogger(SpringUnitOfWork.class);

    /** Set while events of a committed transaction are delivered on this thread. */
    private static final ThreadLocal<@Nullable Boolean> DELIVERING = new ThreadLocal<>();

    private final PlatformTransactionManager transactions;
    private final TransactionStatus status;
    private final UnitOfWork delegate;
    private boolean completed;

    private SpringUnitOfWork(PlatformTransactionManager transactions, TransactionStatus status, UnitOfWork delegate) {
        this.transactions = transactions;
        this.status = status;
        this.delegate = delegate;
    }

    /**
     * Joins or begins a Spring transaction, then opens the adapter's unit of work in it with
     * {@code open}; rolls the transaction back if that fails.
     *
     * @param transactions the host's transaction manager
     * @param open opens the adapter's unit of work on the transaction now bound to the thread; its
     *     commit writes what is pending, and its close releases what it opened, without ending the transaction
     * @return the unit of work, which commits or rolls back the transaction only when it began it
     * @throws CrmException when no transaction can be had (translated), or what {@code open} throws
     */
    public static UnitOfWork begin(PlatformTransactionManager transactions, Supplier<UnitOfWork> open) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
                DELIVERING.get() == null
                        ? TransactionDefinition.PROPAGATION_REQUIRED
                        : TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        definition.setName("crmkit");
        TransactionStatus status = call(() -> transactions.getTransaction(definition));
        try {
            return new SpringUnitOfWork(transactions, status, open.get());
        } catch (RuntimeException e) {
            rollbackQuietly(transactions, status);
            throw e;
        }
    }

    @Override
    public ContactRepository contacts() {
        return delegate.contacts();
    }

    @Override
    public PipelineRepository pipelines() {
        return delegate.pipelines();
    }

    @Override
    public DealRepository deals() {
        return delegate.deals();
    }

    @Override
    public TaskRepository tasks() {
        return delegate.tasks();
    }

    @Override
    public CompanyRepository companies() {
        return delegate.companies();
    }

    @Override
    public dev.crmkit.core.storage.ActivityRepository activities() {
        return delegate.activities();
    }

    @Override
    public dev.crmkit.core.storage.DealStageChangeRepository dealStageChanges() {
        return delegate.dealStageChanges();
    }

    @Override
    public AgentConversationRepository agentConversations() {
        return delegate.agentConversations();
    }

    @Override
    public AgentActionRepository agentActions() {
        return delegate.agentActions();
    }

    @Override
    public SearchRepository search() {
        return delegate.search();
    }

    @Override
    public TagRepository tags() {
        return delegate.tags();
    }

    @Override
    public TrashRepository trash() {
        return delegate.trash();
    }

    @Override
    public CustomFieldRepository customFields() {
        return delegate.customFields();
    }

    @Override
    public dev.crmkit.core.storage.DuplicateRepository duplicates() {
        return delegate.duplicates();
    }

    @Override
    public dev.crmkit.core.storage.AuditRepository audit() {
        return delegate.audit();
    }

    /** Writes what is pending, then commits the transaction if this unit of work began it. */
    @Override
    public void commit() {
        if (completed) {
            throw new IllegalStateException("this unit of work is committed or closed");
        }
        delegate.commit();
        delegate.close();
        completed = true;
        call(() -> {
            transactions.commit(status);
            return null;
        });
    }

    /** Unless committed: rolls back the transaction it began, or marks the host's rollback-only. */
    @Override
    public void close() {
        if (completed) {
            return;
        }
        completed = true;
        try {
            delegate.close();
        } finally {
            rollbackQuietly(transactions, status);
        }
    }

    /** Whether this unit of work began the Spring transaction rather than joining the host's. */
    @Override
    public boolean ownsTransaction() {
        return status.isNewTransaction();
    }

    /** At once when this unit of work was its own transaction; else after the host's commit, never on its rollback. */
    @Override
    public void afterCommit(Runnable action) {
        Runnable delivery = () -> deliver(action);
        if (status.isNewTransaction()) {
            delivery.run();
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            log.warn("the host's transaction has no synchronization: crmkit publishes its events before the host"
                    + " commits; enable transaction synchronization on the transaction manager");
            delivery.run();
        }
    }

    private static void deliver(Runnable action) {
        Boolean before = DELIVERING.get();
        DELIVERING.set(Boolean.TRUE);
        try {
            action.run();
        } finally {
            if (before == null) {
                DELIVERING.remove();
            }
        }
    }

    private static void rollbackQuietly(PlatformTransactionManager transactions, TransactionStatus status) {
        try {
            transactions.rollback(status);
        } catch (RuntimeException e) {
            // The error that led here matters more to the caller; the database ends a lost transaction itself.
            log.warn("rolling back the crmkit unit of work failed: {}", e.toString());
        }
    }

    /** Runs a transaction manager call, translating its exceptions into crm-core's. */
    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (CrmException e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                throw SqlErrors.translate(sql);
            }
            throw new StorageException("the transaction failed: " + e.getMessage(), e);
        }
    }

    private static @Nullable SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
