package dev.crmkit.core.service;

/**
 * What every service of crm-core shares: each public operation runs in one unit of work of the
 * {@link Transactor} (or joins the caller's {@code Crm.inTransaction}), and its events are
 * published after the commit. A service keeps no other mutable state, so it is thread-safe.
 */
abstract class TransactionalService {

    /** Runs each operation in its own unit of work; subclasses use it for their operations. */
    final Transactor transactor;

    TransactionalService(Transactor transactor) {
        this.transactor = transactor;
    }
}
