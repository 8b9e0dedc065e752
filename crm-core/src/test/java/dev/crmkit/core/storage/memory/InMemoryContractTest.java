package dev.crmkit.core.storage.memory;

import dev.crmkit.core.contract.CrmContract;
import dev.crmkit.core.storage.CrmStorage;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The whole storage contract on the in-memory reference storage: every service rule, without a database. */
class InMemoryContractTest extends CrmContract {

    private @Nullable InMemoryCrmStorage storage;

    @Override
    public void emptyStorage() {
        storage = new InMemoryCrmStorage();
    }

    @Override
    public CrmStorage storage() {
        return Objects.requireNonNull(storage);
    }
}
