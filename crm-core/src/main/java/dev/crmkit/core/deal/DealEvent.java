package dev.crmkit.core.deal;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/** An event about a deal. */
public sealed interface DealEvent extends CrmEvent {

    /** {@return the id of the deal concerned} */
    long dealId();

    @Override
    default String entity() {
        return "deal";
    }

    @Override
    default long entityId() {
        return dealId();
    }

    /** A deal was created. */
    record Created(Deal deal, Instant occurredAt) implements DealEvent {
        @Override
        public long dealId() {
            return deal.id();
        }
    }

    /** A deal was changed; published for every change, stage changes included. */
    record Updated(Deal before, Deal after, Instant occurredAt) implements DealEvent {
        @Override
        public long dealId() {
            return after.id();
        }
    }

    /** A deal moved to another stage (or pipeline); published after its {@link Updated}. */
    record StageChanged(Deal deal, long fromPipelineId, String fromStatus, Instant occurredAt) implements DealEvent {
        @Override
        public long dealId() {
            return deal.id();
        }

        /** {@return the key of the stage the deal moved to} */
        public String toStatus() {
            return deal.status();
        }
    }

    /** A deal was deleted; its tasks were detached. */
    record Deleted(long dealId, Instant occurredAt) implements DealEvent {}
}
