package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes every record a list query matches, with its filters and order, as CSV or JSON Lines,
 * streaming: the query is read in keyset pages of {@value #PAGE_SIZE} (each page its own
 * transaction, so an export of millions of rows holds neither memory nor a long transaction), and
 * each page is written before the next is read. The fields are the record's, named as in the Java
 * API ({@code firstName}, {@code pipelineId}); instants are ISO-8601 UTC, money is {@code amount}
 * plus {@code currency}. Beside the ids of related records it writes their natural keys (a contact's
 * {@code contactEmail}, a company's {@code companyDomain}, a deal's {@code pipeline} name, a task's
 * {@code dealTitle}) and the record's {@code tags} (comma-separated), so that the importers read the
 * file back into another database as equal data. In CSV a cell a spreadsheet would run as a
 * formula is written with a quote before it ({@link CsvWriter}), which the importers remove again.
 * A record changed while the export runs appears as it was when its page was
 * read. Thread-safe; each call writes to its own writer, which it flushes but does not close.
 */
public final class Exporter {

    /** Rows per page read. */
    public static final int PAGE_SIZE = PageRequest.MAX_LIMIT;

    private static final RecordFields<Contact> CONTACT = RecordFields.of(Contact.class);
    private static final RecordFields<Company> COMPANY = RecordFields.of(Company.class);
    private static final RecordFields<Deal> DEAL = RecordFields.of(Deal.class);
    private static final RecordFields<Task> TASK = RecordFields.of(Task.class);

    /** The contact fields, in export order; {@link ContactImporter} reads them back. */
    public static final List<String> CONTACT_FIELDS = CONTACT.namesAnd("companyDomain", "tags");

    /** The company fields, in export order; {@link CompanyImporter} reads them back. */
    public static final List<String> COMPANY_FIELDS = COMPANY.names();

    private final Crm crm;

    /** @param crm the CRM to read from */
    public Exporter(Crm crm) {
        this.crm = crm;
    }

    /**
     * Writes the contacts the query matches (its page size and cursor are ignored).
     *
     * @param query filters and sort
     * @param format CSV or JSON Lines
     * @param out where to write
     * @return the number of contacts written
     */
    public long contacts(ContactQuery query, ExportFormat format, Writer out) {
        ExportNames names = new ExportNames(crm);
        return export(
                query,
                crm.contacts()::find,
                CONTACT_FIELDS,
                TaggableKind.CONTACT,
                (c, tags) -> CONTACT.values(c, names.domain(c.companyId()), tags),
                format,
                out);
    }

    /**
     * Writes the companies the query matches (its page size and cursor are ignored).
     *
     * @param query filters and sort
     * @param format CSV or JSON Lines
     * @param out where to write
     * @return the number of companies written
     */
    public long companies(CompanyQuery query, ExportFormat format, Writer out) {
        return export(query, crm.companies()::find, COMPANY_FIELDS, null, (c, tags) -> COMPANY.values(c), format, out);
    }

    /**
     * Writes the deals the query matches (its page size and cursor are ignored).
     *
     * @param query filters and sort
     * @param format CSV or JSON Lines
     * @param out where to write
     * @return the number of deals written
     */
    public long deals(DealQuery query, ExportFormat format, Writer out) {
        ExportNames names = new ExportNames(crm);
        return export(
                query,
                crm.deals()::find,
                DEAL.namesAnd("pipeline", "contactEmail", "companyDomain", "tags"),
                TaggableKind.DEAL,
                (d, tags) -> DEAL.values(
                        d,
                        names.pipeline(d.pipelineId()),
                        names.email(d.contactId()),
                        names.domain(d.companyId()),
                        tags),
                format,
                out);
    }

    /**
     * Writes the tasks the query matches (its page size and cursor are ignored).
     *
     * @param query filters and sort
     * @param format CSV or JSON Lines
     * @param out where to write
     * @return the number of tasks written
     */
    public long tasks(TaskQuery query, ExportFormat format, Writer out) {
        ExportNames names = new ExportNames(crm);
        return export(
                query,
                crm.tasks()::find,
                TASK.namesAnd("contactEmail", "dealTitle"),
                null,
                (t, tags) -> TASK.values(t, names.email(t.contactId()), names.dealTitle(t.dealId())),
                format,
                out);
    }

    /**
     * Writes the pipelines the query matches (its page size and cursor are ignored). {@code
     * stages} lists the stages in order as {@code key:probability:OUTCOME:name}, separated by
     * {@code |}.
     *
     * @param query filters and sort
     * @param format CSV or JSON Lines
     * @param out where to write
     * @return the number of pipelines written
     */
    public long pipelines(PipelineQuery query, ExportFormat format, Writer out) {
        return export(
                query,
                crm.pipelines()::find,
                List.of("id", "name", "description", "stages", "createdAt", "updatedAt", "version"),
                null,
                (p, tags) -> values(
                        p.id(),
                        p.name(),
                        p.description(),
                        p.stages().stream().map(Exporter::stage).collect(Collectors.joining("|")),
                        p.createdAt(),
                        p.updatedAt(),
                        p.version()),
                format,
                out);
    }

    private static String stage(Stage s) {
        return s.key() + ":" + s.probability() + ":" + s.outcome().name() + ":" + s.name();
    }

    private static List<@Nullable Object> values(@Nullable Object... values) {
        List<@Nullable Object> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add(value);
        }
        return list;
    }

    /**
     * Writes every record of the query's pages; {@code values} gets a record's tags,
     * comma-separated, read a page at a time when the kind is {@code tagged}.
     */
    private <T extends CrmRecord, Q extends PagedQuery<Q, ?>> long export(
            Q query,
            Function<Q, Page<T>> find,
            List<String> fields,
            @Nullable TaggableKind tagged,
            BiFunction<T, @Nullable String, List<@Nullable Object>> values,
            ExportFormat format,
            Writer out) {
        ExportNames tagNames = new ExportNames(crm);
        CsvWriter csv = new CsvWriter(out);
        // The first page is read before a byte is written: a filter the CRM refuses (a status no
        // pipeline has) leaves the output empty, not a header followed by an error.
        Page<T> first = find.apply(query.limit(PAGE_SIZE));
        if (format == ExportFormat.CSV) {
            csv.write(fields);
        }
        long written = 0;
        String cursor = null;
        try {
            do {
                Page<T> current = cursor == null
                        ? first
                        : find.apply(query.limit(PAGE_SIZE).after(cursor));
                Map<Long, String> tags = tagged == null || current.items().isEmpty()
                        ? Map.of()
                        : tagNames.tags(
                                tagged,
                                current.items().stream().map(CrmRecord::id).toList());
                for (T record : current.items()) {
                    List<@Nullable Object> row = values.apply(record, tags.get(record.id()));
                    if (format == ExportFormat.CSV) {
                        csv.write(row);
                    } else {
                        out.write(Json.object(fields, row));
                        out.write('\n');
                    }
                    written++;
                }
                out.flush();
                cursor = current.nextCursor().orElse(null);
            } while (cursor != null);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flat JSON objects: text, numbers, booleans and null; anything else as its text. */
    static final class Json {

        private Json() {}

        static String object(List<String> fields, List<@Nullable Object> values) {
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                object.put(fields.get(i), values.get(i));
            }
            StringBuilder json = new StringBuilder("{");
            object.forEach((field, value) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                string(json, field);
                json.append(':');
                if (value == null) {
                    json.append("null");
                } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
                    json.append(value);
                } else {
                    string(json, value.toString());
                }
            });
            return json.append('}').toString();
        }

        private static void string(StringBuilder json, String text) {
            json.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
    }
}
