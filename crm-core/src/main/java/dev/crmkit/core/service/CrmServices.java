package dev.crmkit.core.service;

import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.event.CrmEventListener;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.trash.TrashKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The four services over one storage, sharing one transaction runner: how the {@link
 * dev.crmkit.core.Crm} facade (or a host that wants the services without the facade) builds
 * them. The services' constructors are package-private so that the transaction machinery stays an
 * implementation detail: this factory takes only public types.
 *
 * <p>Thread-safe: the services are, and this holder is immutable.
 */
public final class CrmServices {

    /** How long a trash entry is kept by default: 30 days. */
    public static final Duration DEFAULT_TRASH_RETENTION = Duration.ofDays(30);

    private final Transactor transactor;
    private final ContactService contacts;
    private final PipelineService pipelines;
    private final DealService deals;
    private final TaskService tasks;
    private final AgentStateService agentState;
    private final CompanyService companies;
    private final ActivityService activities;
    private final TimelineService timeline;
    private final SearchService search;
    private final TagService tags;
    private final TrashService trash;
    private final CustomFieldService customFields;
    private final DuplicateService duplicates;
    private final AuditService audit;
    private final ChangeSetService changeSets;

    private CrmServices(
            Transactor transactor, Currency defaultCurrency, AgentRetention retention, Duration trashRetention) {
        this.transactor = transactor;
        this.contacts = new ContactService(transactor);
        this.pipelines = new PipelineService(transactor);
        this.deals = new DealService(transactor, defaultCurrency);
        this.tasks = new TaskService(transactor);
        this.agentState = new AgentStateService(transactor, retention);
        this.companies = new CompanyService(transactor);
        this.activities = new ActivityService(transactor);
        this.timeline = new TimelineService(transactor);
        this.search = new SearchService(transactor);
        this.tags = new TagService(transactor);
        this.trash = new TrashService(transactor, trashRetention);
        this.customFields = new CustomFieldService(transactor);
        this.duplicates = new DuplicateService(transactor);
        this.audit = new AuditService(transactor);
        Map<String, AggregateService<?, ?>> byKind = Map.of(
                "contact", contacts,
                "company", companies,
                "deal", deals,
                "task", tasks,
                "pipeline", pipelines,
                "activity", activities);
        this.changeSets =
                new ChangeSetService(transactor, byKind, (kind, id) -> restoreForUndo(byKind, kind, id), tags);
    }

    /**
     * Builds the services. Each service method runs in its own unit of work of {@code storage}
     * and, after it commits, delivers its events to {@code listeners} in order (a failing
     * listener is logged and skipped).
     *
     * @param storage the adapter every operation runs on; not closed by the services
     * @param clock where timestamps and "today" come from
     * @param defaultCurrency the currency of deals created without one
     * @param listeners receive every committed event, in this order
     * @return the services
     */
    public static CrmServices create(
            CrmStorage storage, Clock clock, Currency defaultCurrency, List<CrmEventListener> listeners) {
        return create(storage, clock, defaultCurrency, listeners, null, AgentRetention.DEFAULT);
    }

    /**
     * Builds the services as {@link #create(CrmStorage, Clock, Currency, List, Executor, AgentRetention)}
     * does, with the trash keeping entries for {@code trashRetention}.
     *
     * @param storage the adapter every operation runs on; not closed by the services
     * @param clock where timestamps and "today" come from
     * @param defaultCurrency the currency of deals created without one
     * @param listeners receive every committed event, in this order
     * @param eventExecutor where events are delivered; {@code null} for the committing thread
     * @param retention how much agent state is kept per owner
     * @param trashRetention how long {@link TrashService#purgeExpired()} keeps a trash entry
     * @return the services
     */
    public static CrmServices create(
            CrmStorage storage,
            Clock clock,
            Currency defaultCurrency,
            List<CrmEventListener> listeners,
            @Nullable Executor eventExecutor,
            AgentRetention retention,
            Duration trashRetention) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(trashRetention, "trashRetention");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        Transactor transactor = new Transactor(storage, clock, new EventPublisher(listeners, eventExecutor));
        return new CrmServices(transactor, defaultCurrency, retention, trashRetention);
    }

    /**
     * Builds the services, delivering events on {@code eventExecutor} when given (the events of one
     * committed transaction go to every listener, in order, as one task), with the agent state kept
     * within {@code retention}.
     *
     * @param storage the adapter every operation runs on; not closed by the services
     * @param clock where timestamps and "today" come from
     * @param defaultCurrency the currency of deals created without one
     * @param listeners receive every committed event, in this order
     * @param eventExecutor where events are delivered; {@code null} for the committing thread
     * @param retention how much agent state is kept per owner
     * @return the services
     */
    public static CrmServices create(
            CrmStorage storage,
            Clock clock,
            Currency defaultCurrency,
            List<CrmEventListener> listeners,
            @Nullable Executor eventExecutor,
            AgentRetention retention) {
        return create(storage, clock, defaultCurrency, listeners, eventExecutor, retention, DEFAULT_TRASH_RETENTION);
    }

    /**
     * Runs {@code work} as one unit of work: every service call inside it, on this thread, joins it;
     * all commit or none does, and the events are published once after the commit. Nested calls
     * join the outer one. See {@link dev.crmkit.core.Crm#inTransaction(Supplier)}.
     *
     * @param work the calls to group
     * @param <T> what {@code work} returns
     * @return what {@code work} returns
     * @throws dev.crmkit.core.kernel.CrmException when {@code work} returned but a call inside it had
     *     failed; nothing was committed. Whatever {@code work} throws is rethrown after the rollback.
     */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return transactor.inTransaction(tx -> work.get());
    }

    /** @return the contact service */
    public ContactService contacts() {
        return contacts;
    }

    /** @return the pipeline service */
    public PipelineService pipelines() {
        return pipelines;
    }

    /** @return the deal service */
    public DealService deals() {
        return deals;
    }

    /** @return the task service */
    public TaskService tasks() {
        return tasks;
    }

    /** @return the agent-state service */
    public AgentStateService agentState() {
        return agentState;
    }

    /** @return the company service */
    public CompanyService companies() {
        return companies;
    }

    /** @return the activity service */
    public ActivityService activities() {
        return activities;
    }

    /** @return the timeline service */
    public TimelineService timeline() {
        return timeline;
    }

    /** @return the search service */
    public SearchService search() {
        return search;
    }

    /** @return the trash service */
    public TrashService trash() {
        return trash;
    }

    /** @return the audit log */
    public AuditService audit() {
        return audit;
    }

    /** @return the change sets */
    public ChangeSetService changeSets() {
        return changeSets;
    }

    /**
     * Binds who acts to this thread until the scope closes; see {@link dev.crmkit.core.Crm#actingAs}.
     *
     * @param actor who acts
     * @return the scope, to close on this thread
     */
    public dev.crmkit.core.audit.AuditScope actingAs(dev.crmkit.core.audit.Actor actor) {
        return transactor.audit().actingAs(actor);
    }

    /** @return who acts on this thread: the innermost actor scope's actor, else the system */
    public dev.crmkit.core.audit.Actor currentActor() {
        return transactor.audit().actor();
    }

    /** @return the tag service */
    public TagService tags() {
        return tags;
    }

    /** @return the custom field service */
    public CustomFieldService customFields() {
        return customFields;
    }

    /** @return the duplicate finder and merger */
    public DuplicateService duplicates() {
        return duplicates;
    }

    /**
     * Undo's way back for a deleted record: out of the trash, or nothing to do when it came back
     * already with the parent whose delete had taken it along (a contact's tasks and activities).
     */
    private void restoreForUndo(Map<String, AggregateService<?, ?>> byKind, String kind, long id) {
        Optional<TrashKind> trashKind = TrashKind.of(kind);
        if (trashKind.isPresent() && trash.find(trashKind.get(), id).isPresent()) {
            trash.restore(trashKind.get(), id);
            return;
        }
        AggregateService<?, ?> service = byKind.get(kind);
        if (service != null && service.findById(id).isPresent()) {
            return;
        }
        throw new ConflictException(
                kind + " " + id + " cannot come back: it is not in the trash (purged, or never kept there)");
    }
}
