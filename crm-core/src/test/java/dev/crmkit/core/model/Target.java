package dev.crmkit.core.model;

import java.time.Instant;
import java.util.function.Function;

/**
 * What a sequence runs on: a CRM over one adapter and database (or the reference storage), emptied
 * before each sequence by {@code fresh}, which returns a subject whose clock starts at the instant.
 */
record Target(String name, Function<Instant, Subject> fresh) {

    Subject fresh(Instant start) {
        return fresh.apply(start);
    }

    @Override
    public String toString() {
        return name;
    }
}
