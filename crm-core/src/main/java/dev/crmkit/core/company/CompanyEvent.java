package dev.crmkit.core.company;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/** An event about a company. */
public sealed interface CompanyEvent extends CrmEvent {

    /** {@return the id of the company concerned} */
    long companyId();

    @Override
    default String entity() {
        return "company";
    }

    @Override
    default long entityId() {
        return companyId();
    }

    /** A company was created. */
    record Created(Company company, Instant occurredAt) implements CompanyEvent {
        @Override
        public long companyId() {
            return company.id();
        }
    }

    /** A company was changed; {@code after} carries the new version. */
    record Updated(Company before, Company after, Instant occurredAt) implements CompanyEvent {
        @Override
        public long companyId() {
            return after.id();
        }
    }

    /** A company was deleted; its contacts and deals were detached. */
    record Deleted(long companyId, Instant occurredAt) implements CompanyEvent {}
}
