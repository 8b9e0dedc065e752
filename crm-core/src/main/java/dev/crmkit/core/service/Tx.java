package dev.crmkit.core.service;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.storage.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One service operation in progress: its unit of work, its timestamp, and the events it will publish on commit. */
public final class Tx {

    private final UnitOfWork work;
    private final Instant now;
    private final List<CrmEvent> events = new ArrayList<>();

    Tx(UnitOfWork work, Instant now) {
        this.work = work;
        this.now = now;
    }

    public UnitOfWork work() {
        return work;
    }

    /** The operation's single timestamp: every record it touches gets the same instant. */
    public Instant now() {
        return now;
    }

    /** The operation's day in UTC, for queries that need one (the overdue filter) while acting on related records. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Queues an event for publication after commit. */
    public void emit(CrmEvent event) {
        events.add(event);
    }

    List<CrmEvent> events() {
        return events;
    }
}
