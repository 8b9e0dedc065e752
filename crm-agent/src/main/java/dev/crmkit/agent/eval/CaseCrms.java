package dev.crmkit.agent.eval;

import dev.crmkit.core.Crm;
import java.time.Clock;
import java.util.Objects;

/**
 * Where the evaluation gets a fresh CRM for each case: an empty database with the crmkit schema, so
 * that seeded records get the ids the case expects and no case sees another's records. crm-agent
 * knows no storage adapter; the caller brings one (the {@code crm eval} command and the tests open an
 * in-memory H2 database per case under the JPA adapter).
 */
@FunctionalInterface
public interface CaseCrms {

    /**
     * @param clock the clock the CRM must use, so that "today" is the same for every case and model
     * @return a CRM over an empty database; closing it discards the database
     */
    CaseCrm open(Clock clock);

    /** A CRM for one case, and what discards it. */
    interface CaseCrm extends AutoCloseable {

        /** @return the CRM */
        Crm crm();

        /** Closes the CRM and discards its database. */
        @Override
        void close();

        /**
         * @param crm     the CRM
         * @param discard closes what lies under it (the data source, the database), after the CRM
         * @return the pair
         */
        static CaseCrm of(Crm crm, Runnable discard) {
            Objects.requireNonNull(crm, "crm");
            Objects.requireNonNull(discard, "discard");
            return new CaseCrm() {
                @Override
                public Crm crm() {
                    return crm;
                }

                @Override
                public void close() {
                    try {
                        crm.close();
                    } finally {
                        discard.run();
                    }
                }
            };
        }
    }
}
