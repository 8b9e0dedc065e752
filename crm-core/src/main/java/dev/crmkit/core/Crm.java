package dev.crmkit.core;

import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditScope;
import dev.crmkit.core.event.CrmEventListener;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.service.AgentStateService;
import dev.crmkit.core.service.CompanyService;
import dev.crmkit.core.service.ContactService;
import dev.crmkit.core.service.CrmServices;
import dev.crmkit.core.service.CustomFieldService;
import dev.crmkit.core.service.DealService;
import dev.crmkit.core.service.PipelineService;
import dev.crmkit.core.service.SearchService;
import dev.crmkit.core.service.TagService;
import dev.crmkit.core.service.TaskService;
import dev.crmkit.core.storage.CrmStorage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The CRM: one object that reaches every service. Build it over a storage adapter:
 *
 * <pre>{@code
 * CrmSchema.migrate(dataSource);
 * try (Crm crm = Crm.builder().storage(JpaCrmStorage.create(dataSource)).build()) {
 *     Contact jane = crm.contacts().create(NewContact.of("Jane", "Doe", "jane@example.com"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: share one instance. Every service method runs in its own transaction and
 * publishes its events to the listeners after it commits; {@link #inTransaction(Supplier)} groups
 * several calls into one transaction. When the storage joins a transaction its host runs (e.g. a
 * Spring-managed one, see the adapters' {@code spring} packages), the events wait for the host's
 * commit. Closing the {@code Crm} closes its storage.
 */
public final class Crm implements AutoCloseable {

    private final OpenStorage storage;
    private final Clock clock;
    private final Currency defaultCurrency;
    private final ContactService contacts;
    private final PipelineService pipelines;
    private final DealService deals;
    private final TaskService tasks;
    private final CrmServices services;
    private final AgentStateService agentState;
    private final TagService tags;
    private final CustomFieldService customFields;

    private Crm(Builder builder) {
        this.storage = new OpenStorage(
                Objects.requireNonNull(builder.storage, "storage is required: pass an adapter such as JpaCrmStorage"));
        this.clock = builder.clock;
        this.defaultCurrency = builder.defaultCurrency;
        CrmServices services = CrmServices.create(
                storage,
                clock,
                defaultCurrency,
                builder.listeners,
                builder.eventExecutor,
                builder.agentRetention,
                builder.trashRetention);
        this.services = services;
        this.contacts = services.contacts();
        this.pipelines = services.pipelines();
        this.deals = services.deals();
        this.tasks = services.tasks();
        this.agentState = services.agentState();
        this.tags = services.tags();
        this.customFields = services.customFields();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the contact service} */
    public ContactService contacts() {
        return contacts;
    }

    /** {@return the pipeline service} */
    public PipelineService pipelines() {
        return pipelines;
    }

    /** {@return the deal service} */
    public DealService deals() {
        return deals;
    }

    /** {@return the task service} */
    public TaskService tasks() {
        return tasks;
    }

    /** {@return the company service} */
    public CompanyService companies() {
        return services.companies();
    }

    /**
     * {@return the activities: notes, calls, emails and meetings logged on contacts, companies and deals}
     */
    public dev.crmkit.core.service.ActivityService activities() {
        return services.activities();
    }

    /** {@return the timelines of contacts, deals and companies} */
    public dev.crmkit.core.service.TimelineService timeline() {
        return services.timeline();
    }

    /** {@return the search over contacts and deals: {@code crm.search().find(SearchQuery.of("ada"))}} */
    public SearchService search() {
        return services.search();
    }

    /**
     * Runs {@code work} as one transaction: every service call inside it, on this thread, joins
     * one unit of work, and either all of them commit or none does. The events of all the calls
     * are published once, in order, after the commit; work that rolls back publishes nothing.
     * Calls share one timestamp. Nested {@code inTransaction} calls join the outer one.
     *
     * <pre>{@code
     * Deal deal = crm.inTransaction(() -> {
     *     Contact ada = crm.contacts().create(NewContact.of("Ada", "Lovelace", "ada@example.com"));
     *     return crm.deals().create(NewDeal.builder("Engines").pipelineId(pipelineId).contactId(ada.id()).build());
     * });
     * }</pre>
     *
     * <p>A call inside that fails dooms the whole transaction, even when {@code work} catches its
     * exception and goes on: the database may already have aborted it (PostgreSQL does).
     * Work handed to other threads does not join.
     *
     * @param work the calls to group
     * @param <T> what {@code work} returns
     * @return what {@code work} returns
     * @throws dev.crmkit.core.kernel.CrmException when {@code work} returned but a call inside it had failed; nothing was
     *     committed, and the cause is that call's exception. Whatever {@code work} throws is rethrown
     *     after the rollback.
     */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return services.inTransaction(work);
    }

    /**
     * {@link #inTransaction(Supplier)} for work without a result.
     *
     * @param work the calls to group
     * @throws dev.crmkit.core.kernel.CrmException when a call inside failed and {@code work} caught it; nothing was committed
     */
    public void runInTransaction(Runnable work) {
        Objects.requireNonNull(work, "work");
        services.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** {@return the clock timestamps and "today" come from} */
    public Clock clock() {
        return clock;
    }

    /** {@return the currency of deals created without one} */
    public Currency defaultCurrency() {
        return defaultCurrency;
    }

    /** @return an assistant's conversations, pending actions and action log, stored with the CRM's data */
    public AgentStateService agentState() {
        return agentState;
    }

    /**
     * {@return the trash: deleted contacts, companies, deals and tasks, to list, restore or purge;
     * {@code crm.trash().purgeExpired()} is what a host schedules}
     */
    public dev.crmkit.core.service.TrashService trash() {
        return services.trash();
    }

    /** {@return the custom field service: fields defined on contacts, companies and deals} */
    public CustomFieldService customFields() {
        return customFields;
    }

    /**
     * {@return the likely duplicate contacts and companies, and merging them: {@code crm.duplicates().contacts(DuplicateQuery.all())}}
     */
    public dev.crmkit.core.service.DuplicateService duplicates() {
        return services.duplicates();
    }

    /** {@return the audit log: each record's history and each actor's writes} */
    public dev.crmkit.core.service.AuditService audit() {
        return services.audit();
    }

    /** {@return the change sets: the writes of an agent turn or an import, read and undone as one} */
    public dev.crmkit.core.service.ChangeSetService changeSets() {
        return services.changeSets();
    }

    /**
     * Runs {@code work} with {@code actor} as the author of its writes (on this thread; nested
     * scopes win, and the previous actor comes back afterwards). Joins {@link #inTransaction}
     * either way round. Writes outside any actor scope are made by {@link Actor#system()}.
     *
     * @param actor who acts
     * @param work the calls to attribute
     * @param <T> what {@code work} returns
     * @return what {@code work} returns
     */
    public <T> T as(Actor actor, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        AuditScope scope = actingAs(actor);
        try {
            return work.get();
        } finally {
            scope.close();
        }
    }

    /**
     * Binds {@code actor} to this thread as the author of its writes until the returned scope is
     * closed: for a request filter or an interceptor that cannot wrap the work in a lambda.
     *
     * <pre>{@code
     * try (AuditScope scope = crm.actingAs(Actor.user(name))) {
     *     chain.doFilter(request, response);
     * }
     * }</pre>
     *
     * @param actor who acts
     * @return the scope, to close on this thread
     */
    public AuditScope actingAs(Actor actor) {
        return services.actingAs(actor);
    }

    /** {@return who acts on this thread: the innermost actor scope's actor, else {@link Actor#system()}} */
    public Actor currentActor() {
        return services.currentActor();
    }

    /** {@return the tag service: tags on contacts and deals, their names and usage} */
    public TagService tags() {
        return tags;
    }

    /**
     * Closes the storage (once, however often this is called). Afterwards every service call that
     * would open a transaction throws {@link IllegalStateException}; a transaction already running
     * on another thread finishes.
     */
    @Override
    public void close() {
        storage.close();
    }

    /** Configures a {@link Crm}. Only the storage is required. */
    public static final class Builder {
        private @Nullable CrmStorage storage;
        private Clock clock = Clock.systemUTC();
        private Currency defaultCurrency = Currency.getInstance("USD");
        private final List<CrmEventListener> listeners = new ArrayList<>();
        private @Nullable Executor eventExecutor;
        private AgentRetention agentRetention = AgentRetention.DEFAULT;
        private Duration trashRetention = CrmServices.DEFAULT_TRASH_RETENTION;

        private Builder() {}

        /**
         * The adapter to persist with; the {@code Crm} closes it when closed. Required.
         *
         * @param storage the storage
         * @return this builder
         */
        public Builder storage(CrmStorage storage) {
            this.storage = storage;
            return this;
        }

        /**
         * Where timestamps and "today" come from; default {@link Clock#systemUTC()}. Inject a fixed clock in tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The currency of deals created without one; default USD.
         *
         * @param currency the currency
         * @return this builder
         */
        public Builder defaultCurrency(Currency currency) {
            this.defaultCurrency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * @param currencyCode an ISO 4217 code such as {@code EUR}
         * @throws ValidationException when the code is not a currency
         * @return this builder
         */
        public Builder defaultCurrency(String currencyCode) {
            return defaultCurrency(Money.currency(currencyCode));
        }

        /**
         * Adds a listener that receives every event after commit.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(CrmEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Delivers events on {@code executor} instead of the committing thread: the events of one
         * transaction go to every listener, in order, as one task. Across transactions the order is
         * the executor's (a single-threaded one keeps it). Default: the committing thread, which
         * returns to the caller only once every listener has run.
         *
         * @param executor where events are delivered
         * @return this builder
         */
        public Builder eventExecutor(Executor executor) {
            this.eventExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * How much agent state is kept per owner; default {@link AgentRetention#DEFAULT}.
         *
         * @param retention the bounds
         * @return this builder
         */
        public Builder agentRetention(AgentRetention retention) {
            this.agentRetention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /**
         * How long a deleted record stays in the trash before {@code crm.trash().purgeExpired()}
         * removes it; default 30 days.
         *
         * @param retention a positive duration
         * @return this builder
         * @throws ValidationException (field {@code trashRetention}) when it is not positive
         */
        public Builder trashRetention(Duration retention) {
            Objects.requireNonNull(retention, "retention");
            if (retention.isNegative() || retention.isZero()) {
                throw new ValidationException("trashRetention", "must be positive");
            }
            this.trashRetention = retention;
            return this;
        }

        /**
         * Builds the CRM.
         *
         * @return the crm
         * @throws NullPointerException when no storage was given
         */
        public Crm build() {
            return new Crm(this);
        }
    }
}
