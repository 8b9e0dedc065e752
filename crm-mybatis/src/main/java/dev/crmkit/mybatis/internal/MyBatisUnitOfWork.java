package dev.crmkit.mybatis.internal;

import dev.crmkit.core.schema.Dialect;
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
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import dev.crmkit.core.storage.jdbc.JdbcCustomFieldRepository;
import dev.crmkit.core.storage.jdbc.JdbcDuplicateRepository;
import dev.crmkit.core.storage.jdbc.JdbcTagRepository;
import dev.crmkit.core.storage.jdbc.JdbcTrashRepository;
import java.sql.Connection;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MyBatis session: one connection, one transaction, rolled back on close unless committed
 * (both forced: a session that only read may hold row locks). Repositories are made on first use. Not thread-safe.
 */
public final class MyBatisUnitOfWork implements UnitOfWork {

    private static final Logger log = LoggerFactory.getLogger(MyBatisUnitOfWork.class);

    private final SqlSession session;
    /**
     * The session's connection for crm-core's own JDBC statements (bulk inserts, tags, trash, audit, agent
     * state), through the adapter's edge: a pool that cannot give one is a {@code StorageUnavailableException},
     * not MyBatis's {@code PersistenceException}.
     */
    private final Supplier<Connection> connection;

    private final JdbcBatchInserts batch;
    private @Nullable ContactRepository contacts;
    private @Nullable PipelineRepository pipelines;
    private @Nullable DealRepository deals;
    private @Nullable TaskRepository tasks;
    private @Nullable CompanyRepository companies;
    private @Nullable ActivityRepository activities;
    private @Nullable DealStageChangeRepository dealStageChanges;
    private @Nullable AgentConversationRepository agentConversations;
    private @Nullable AgentActionRepository agentActions;
    private @Nullable SearchRepository search;
    private @Nullable TagRepository tags;
    private @Nullable TrashRepository trash;
    private @Nullable CustomFieldRepository customFields;
    private @Nullable DuplicateRepository duplicates;
    private @Nullable AuditRepository audit;
    private boolean committed;

    public MyBatisUnitOfWork(SqlSession session) {
        this.session = session;
        // Bulk inserts are JDBC batches on this session's connection, like agent state below.
        this.connection = () -> Edge.call(session::getConnection);
        this.batch = new JdbcBatchInserts(connection);
    }

    @Override
    public ContactRepository contacts() {
        requireActive();
        if (contacts == null) {
            contacts = new MyBatisContactRepository(
                    session.getMapper(ContactMapper.class), new Bulk<>(JdbcBatchInserts::contacts, batch), dialect());
        }
        return contacts;
    }

    @Override
    public PipelineRepository pipelines() {
        requireActive();
        if (pipelines == null) {
            pipelines = new MyBatisPipelineRepository(session.getMapper(PipelineMapper.class));
        }
        return pipelines;
    }

    @Override
    public DealRepository deals() {
        requireActive();
        if (deals == null) {
            deals = new MyBatisDealRepository(
                    session.getMapper(DealMapper.class), new Bulk<>(JdbcBatchInserts::deals, batch), dialect());
        }
        return deals;
    }

    @Override
    public TaskRepository tasks() {
        requireActive();
        if (tasks == null) {
            tasks = new MyBatisTaskRepository(
                    session.getMapper(TaskMapper.class), new Bulk<>(JdbcBatchInserts::tasks, batch));
        }
        return tasks;
    }

    @Override
    public CompanyRepository companies() {
        requireActive();
        if (companies == null) {
            companies = new MyBatisCompanyRepository(session.getMapper(CompanyMapper.class), dialect());
        }
        return companies;
    }

    @Override
    public ActivityRepository activities() {
        requireActive();
        if (activities == null) {
            activities = new MyBatisActivityRepository(session.getMapper(ActivityMapper.class));
        }
        return activities;
    }

    @Override
    public DealStageChangeRepository dealStageChanges() {
        requireActive();
        if (dealStageChanges == null) {
            dealStageChanges = new MyBatisDealStageChangeRepository(session.getMapper(DealStageChangeMapper.class));
        }
        return dealStageChanges;
    }

    // Agent state is plain rows: crm-core's JDBC statements on this session's connection, so they
    // commit and roll back with it (also inside a host-managed transaction).
    @Override
    public AgentConversationRepository agentConversations() {
        requireActive();
        if (agentConversations == null) {
            agentConversations = new JdbcAgentConversationRepository(connection);
        }
        return agentConversations;
    }

    @Override
    public AgentActionRepository agentActions() {
        requireActive();
        if (agentActions == null) {
            agentActions = new JdbcAgentActionRepository(connection);
        }
        return agentActions;
    }

    /** The dialect of the session's {@code databaseId} (a {@link Dialect#folder()}, checked at start). */
    private Dialect dialect() {
        String id = session.getConfiguration().getDatabaseId();
        for (Dialect dialect : Dialect.values()) {
            if (dialect.folder().equals(id)) {
                return dialect;
            }
        }
        throw new IllegalStateException("unknown databaseId " + id);
    }

    // Custom field definitions too; the values are columns the mappers write, and filter on.
    @Override
    public CustomFieldRepository customFields() {
        requireActive();
        if (customFields == null) {
            customFields = new JdbcCustomFieldRepository(connection);
        }
        return customFields;
    }

    // Tags too: crm-core's statements on this session's connection; the queries' tag filter is in the mappers.
    @Override
    public TagRepository tags() {
        requireActive();
        if (tags == null) {
            tags = new JdbcTagRepository(connection);
        }
        return tags;
    }

    // The trash as well; it re-inserts rows the mappers read, so the session's cache of earlier
    // reads is dropped before each of its statements.
    @Override
    public TrashRepository trash() {
        requireActive();
        if (trash == null) {
            trash = new JdbcTrashRepository(() -> {
                session.clearCache();
                return connection.get();
            });
        }
        return trash;
    }

    // The duplicate keys are generated columns no mapper writes: crm-core's statements on this session's connection.
    @Override
    public DuplicateRepository duplicates() {
        requireActive();
        if (duplicates == null) {
            duplicates = new JdbcDuplicateRepository(connection);
        }
        return duplicates;
    }

    // The audit log too: appended on this session's connection, committed with the writes it describes.
    @Override
    public AuditRepository audit() {
        requireActive();
        if (audit == null) {
            audit = new JdbcAuditRepository(connection);
        }
        return audit;
    }

    @Override
    public SearchRepository search() {
        requireActive();
        if (search == null) {
            search = new MyBatisSearchRepository(session.getMapper(SearchMapper.class));
        }
        return search;
    }

    @Override
    public void commit() {
        requireActive();
        // Forced: MyBatis skips the JDBC commit of a session that only read, but a read may
        // have taken row locks (lockById) that must end here, not whenever the connection is reset.
        Edge.run(() -> session.commit(true));
        committed = true;
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                // Forced for the same reason: a session that only read may still hold row locks.
                session.rollback(true);
            }
            session.close();
        } catch (RuntimeException e) {
            // Closing follows either a commit or an error the caller is already handling; a failed
            // rollback must not replace that error. The database rolls back the lost transaction itself.
            log.warn("closing the crmkit MyBatis session failed", e);
        }
    }

    private void requireActive() {
        if (committed) {
            throw new IllegalStateException("this unit of work is committed; begin a new one");
        }
    }
}
