package dev.crmkit.core.service;

/**
 * A service whose stored records go once they are older or more numerous than a retention the
 * host chose when it built the {@code Crm} (the trash, the agent's conversations and actions).
 * Thread-safe, as its subclasses are.
 *
 * @param <P> the retention's type: a duration, or a record of several limits
 */
abstract class RetainingService<P> extends TransactionalService {

    /** The retention the subclass applies when it removes what it stored. */
    final P retention;

    RetainingService(Transactor transactor, P retention) {
        super(transactor);
        this.retention = retention;
    }

    /** {@return the retention applied: how long, or how many of, its records are kept} */
    public final P retention() {
        return retention;
    }
}
