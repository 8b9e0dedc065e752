package dev.crmkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.storage.memory.InMemoryCrmStorage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * When an operation that lost a race is run again: only in a unit of work that is its own
 * transaction, never in one that joined a transaction whose failure it has already doomed.
 */
class TransactorTest {

    private final AtomicInteger runs = new AtomicInteger();

    private final Function<Tx, Object> losingARace = tx -> {
        runs.incrementAndGet();
        throw new StaleVersionException("contact", 1, 0);
    };

    @Test
    void should_run_an_operation_that_lost_a_race_again_in_new_units_of_work_of_its_own() {
        Transactor transactor = transactorOver(new InMemoryCrmStorage());

        assertThatThrownBy(() -> transactor.inTransactionRetrying(StaleVersionException.class, 3, losingARace))
                .isInstanceOf(StaleVersionException.class);

        assertThat(runs).hasValue(3);
    }

    @Test
    void should_return_what_a_later_attempt_returns() {
        Transactor transactor = transactorOver(new InMemoryCrmStorage());

        Object result = transactor.inTransactionRetrying(StaleVersionException.class, 3, tx -> {
            if (runs.incrementAndGet() < 2) {
                throw new StaleVersionException("contact", 1, 0);
            }
            return "applied";
        });

        assertThat(result).isEqualTo("applied");
        assertThat(runs).hasValue(2);
    }

    @Test
    void should_not_run_again_an_operation_whose_unit_of_work_joined_a_transaction_someone_else_runs() {
        Transactor transactor = transactorOver(joiningHostTransactions(new InMemoryCrmStorage()));

        assertThatThrownBy(() -> transactor.inTransactionRetrying(StaleVersionException.class, 3, losingARace))
                .isInstanceOf(StaleVersionException.class);

        assertThat(runs).hasValue(1);
    }

    @Test
    void should_not_run_again_an_operation_that_joined_a_unit_of_work_in_progress() {
        Transactor transactor = transactorOver(new InMemoryCrmStorage());

        assertThatThrownBy(() -> transactor.inTransaction(tx -> {
                    try {
                        return transactor.inTransactionRetrying(StaleVersionException.class, 3, losingARace);
                    } catch (StaleVersionException e) {
                        return "caught";
                    }
                }))
                .hasCauseInstanceOf(StaleVersionException.class);

        assertThat(runs).hasValue(1);
    }

    @Test
    void should_not_run_again_an_operation_that_failed_otherwise() {
        Transactor transactor = transactorOver(new InMemoryCrmStorage());

        assertThatThrownBy(() -> transactor.inTransactionRetrying(StaleVersionException.class, 3, tx -> {
                    runs.incrementAndGet();
                    throw new ValidationException("phone", "must not be blank");
                }))
                .isInstanceOf(ValidationException.class);

        assertThat(runs).hasValue(1);
    }

    private static Transactor transactorOver(CrmStorage storage) {
        return new Transactor(storage, Clock.systemUTC(), new EventPublisher(List.of()));
    }

    /** The storage's units of work as a host's transaction manager would join them: not their own transaction. */
    private static CrmStorage joiningHostTransactions(CrmStorage storage) {
        return new CrmStorage() {
            @Override
            public UnitOfWork begin() {
                UnitOfWork work = storage.begin();
                return (UnitOfWork) Proxy.newProxyInstance(
                        UnitOfWork.class.getClassLoader(), new Class<?>[] {UnitOfWork.class}, (proxy, method, args) -> {
                            if (method.getName().equals("ownsTransaction")) {
                                return false;
                            }
                            try {
                                return method.invoke(work, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public void close() {
                storage.close();
            }
        };
    }
}
