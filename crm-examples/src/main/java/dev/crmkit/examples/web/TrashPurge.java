package dev.crmkit.examples.web;

import dev.crmkit.core.Crm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges the trash entries older than crmkit's retention ({@code crm.trash-retention}, default 30
 * days) once a day, at {@code crm.trash-purge-cron} (default 03:30 server time): crmkit never runs
 * anything on its own, the host schedules it.
 */
@Component
class TrashPurge {

    private static final Logger log = LoggerFactory.getLogger(TrashPurge.class);

    private final Crm crm;

    TrashPurge(Crm crm) {
        this.crm = crm;
    }

    /** Runs one purge; logs how many entries went. */
    @Scheduled(cron = "${crm.trash-purge-cron:0 30 3 * * *}")
    void purgeExpired() {
        int purged = crm.trash().purgeExpired();
        log.info(
                "purged {} trash entr{} older than {}",
                purged,
                purged == 1 ? "y" : "ies",
                crm.trash().retention());
    }
}
