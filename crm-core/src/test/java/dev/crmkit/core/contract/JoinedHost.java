package dev.crmkit.core.contract;

import dev.crmkit.core.storage.CrmStorage;
import java.util.function.Supplier;

/**
 * A host application with transactions of its own, as {@link JoinedTransactionContract} drives it:
 * a transaction manager over one database and a crmkit storage that joins its transactions. An
 * adapter builds one per database, e.g. over Spring's {@code PlatformTransactionManager}.
 */
public interface JoinedHost extends AutoCloseable {

    /** The storage that joins this host's transactions, and runs alone outside them. */
    CrmStorage storage();

    /**
     * Runs {@code work} in a host transaction that commits when it returns; when it throws, the
     * transaction rolls back and the exception is rethrown. The commit itself may throw, e.g. when
     * crmkit marked the transaction rollback-only.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a host transaction, then rolls that transaction back. */
    void rolledBack(Runnable work);

    /** Releases the host's resources (not the database). */
    @Override
    void close();
}
