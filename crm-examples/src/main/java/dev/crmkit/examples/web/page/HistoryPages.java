package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.deal.Deal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The History section ({@code templates/audit/history.html}) of the contact, deal and company
 * pages: the record's newest audit entries with who made each change and each field's old and
 * new value, read as the page reads ({@link ChangeLines}). A record page includes it with the
 * record's kind and id:
 *
 * <pre>{@code
 * <div th:with="historyKind='deal', historyId=${deal.id()}">
 *   <section th:replace="~{audit/history :: history}"></section>
 * </div>
 * }</pre>
 */
@Component("histories")
public final class HistoryPages {

    private static final int SHOWN = 20;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Crm crm;
    private final Formats formats;

    HistoryPages(Crm crm, Formats formats) {
        this.crm = crm;
        this.formats = formats;
    }

    /**
     * The newest entries of a record's history with their changes as the page reads them, for the fragment.
     *
     * @param kind contact, deal or company
     * @param id the record's id
     * @return the entries, newest first
     */
    public List<HistoryLine> lines(String kind, long id) {
        List<AuditEntry> entries = crm.audit().history(kind, id, null, SHOWN).items();
        Long pipelineNow = kind.equals("deal")
                ? crm.deals().findById(id).map(Deal::pipelineId).orElse(null)
                : null;
        return new ChangeLines(crm, formats, kind).lines(entries, pipelineNow);
    }

    /**
     * {@return an entry's instant as the section shows it: {@code 2026-03-15 09:30 UTC}}
     *
     * @param at the instant
     */
    public String when(Instant at) {
        return WHEN.format(at);
    }

    /**
     * {@return what the entry did, as a past-tense verb: created, updated, deleted}
     *
     * @param entry the entry
     */
    public String verb(AuditEntry entry) {
        return switch (entry.action()) {
            case CREATE -> "created";
            case UPDATE -> "updated";
            case DELETE -> "deleted";
        };
    }
}
