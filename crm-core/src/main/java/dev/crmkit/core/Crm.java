package dev.crmkit.core;

import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.event.CrmEventListener;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.service.AgentStateService;
import dev.crmkit.core.service.ContactService;
import dev.crmkit.core.service.CrmServices;
import dev.crmkit.core.service.DealService;
import dev.crmkit.core.service.PipelineService;
import dev.crmkit.core.service.TaskService;
import dev.crmkit.core.storage.CrmStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
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
 * publishes its events to the listeners after it commits. Closing the {@code Crm} closes its
 * storage.
 */
public final class Crm implements AutoCloseable {

    private final CrmStorage storage;
    private final Clock clock;
    private final Currency defaultCurrency;
    private final ContactService contacts;
    private final PipelineService pipelines;
    private final DealService deals;
    private final TaskService tasks;
    private final AgentStateService agentState;

    private Crm(Builder builder) {
        this.storage =
                Objects.requireNonNull(builder.storage, "storage is required: pass an adapter such as JpaCrmStorage");
        this.clock = builder.clock;
        this.defaultCurrency = builder.defaultCurrency;
        CrmServices services =
                CrmServices.create(storage, clock, defaultCurrency, builder.listeners, builder.agentRetention);
        this.contacts = services.contacts();
        this.pipelines = services.pipelines();
        this.deals = services.deals();
        this.tasks = services.tasks();
        this.agentState = services.agentState();
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

    /** {@return the clock timestamps and "today" come from} */
    public Clock clock() {
        return clock;
    }

    /** {@return the currency of deals created without one} */
    public Currency defaultCurrency() {
        return defaultCurrency;
    }

    /** Closes the storage. */
    /** @return an assistant's conversations, pending actions and action log, stored with the CRM's data */
    public AgentStateService agentState() {
        return agentState;
    }

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
        private AgentRetention agentRetention = AgentRetention.DEFAULT;

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
         * @return the crm
         * @throws NullPointerException when no storage was given
         */
        public Crm build() {
            return new Crm(this);
        }
    }
}
