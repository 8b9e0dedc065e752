package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.ValidationException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Imports contacts from CSV ({@link CsvReader}: RFC 4180, UTF-8 with or without BOM, {@code ,} or
 * {@code ;}), upserting by email: a row whose email (ignoring case) is stored updates that contact
 * with the row's columns, or leaves it untouched when nothing differs; any other row creates a
 * contact. Re-importing a file therefore changes nothing.
 *
 * <p>Columns are matched by header, ignoring case, spaces, {@code _} and {@code -} ({@code First
 * Name}, {@code first_name} and {@code firstName} are one column); {@link #column} maps another
 * header onto a field. The fields are those of {@link NewContact}: {@code firstName}, {@code
 * lastName} and {@code email} must have a column; {@code phone}, {@code company}, {@code
 * position}, {@code notes} may, and an empty cell clears them on update. Other columns ({@code id},
 * the timestamps an {@link Exporter} writes) are ignored.
 *
 * <p>Streaming in constant memory: rows are read, checked and written in batches of {@link
 * #batchSize}, each batch one transaction with one query for the stored emails and one bulk insert.
 * A row that breaks a rule is refused alone: it goes to the error CSV with its line number and
 * field messages, and the rest is imported. Should a batch still fail as a whole (a contact with
 * its email created meanwhile by someone else), its rows are retried one per transaction, so only
 * the offending row is refused. Not thread-safe: one importer per import.
 */
public final class ContactImporter {

    private static final List<String> FIELDS =
            List.of("firstName", "lastName", "email", "phone", "company", "position", "notes");

    private final Crm crm;
    private final String changeSetId;
    private final Map<String, String> columns = new HashMap<>();
    private int batchSize = 1_000;
    private boolean dryRun;
    private @Nullable Writer errors;
    private LongConsumer progress = chars -> {};

    /** @param crm the CRM to import into */
    public ContactImporter(Crm crm) {
        this.crm = crm;
        this.changeSetId = crm.changeSets().newId();
    }

    /**
     * Maps a header onto a field, overriding the match by name.
     *
     * @param header the header in the file, e.g. {@code E-Mail Address}
     * @param field a field of {@link NewContact}, e.g. {@code email}
     * @return this importer
     * @throws IllegalArgumentException when {@code field} is not one of them
     */
    public ContactImporter column(String header, String field) {
        String known = FIELDS.stream()
                .filter(f -> normalized(f).equals(normalized(field)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("field must be one of " + FIELDS + ", not " + field));
        columns.put(normalized(header), known);
        return this;
    }

    /**
     * @param rows rows per transaction, 1–10,000 (default 1,000)
     * @return this importer
     */
    public ContactImporter batchSize(int rows) {
        if (rows < 1 || rows > 10_000) {
            throw new IllegalArgumentException("batch size must be 1–10000, not " + rows);
        }
        batchSize = rows;
        return this;
    }

    /**
     * @param dryRun true to report what would be created, updated and refused, writing nothing
     * @return this importer
     */
    public ContactImporter dryRun(boolean dryRun) {
        this.dryRun = dryRun;
        return this;
    }

    /**
     * @param out where refused rows go, as CSV: {@code line,errors} then the row's cells
     * @return this importer
     */
    public ContactImporter errors(Writer out) {
        errors = out;
        return this;
    }

    /**
     * @param charsRead called after each batch with the characters read so far
     * @return this importer
     */
    public ContactImporter progress(LongConsumer charsRead) {
        progress = charsRead;
        return this;
    }

    /**
     * Imports the CSV.
     *
     * @param in the CSV text; the caller closes it
     * @return what was imported
     * @throws ValidationException (field {@code columns}) when the header lacks a required column
     * @throws IllegalArgumentException when the CSV is malformed (an unclosed quote)
     */
    public ImportReport importCsv(Reader in) {
        // One import run, one change set, made by the import job: undone as one step.
        return crm.as(Actor.importJob(changeSetId), () -> crm.changeSets().run(changeSetId, () -> read(in)));
    }

    /**
     * {@return the change set this importer's writes go to, also the import job's id in the audit
     * log: pass it to {@link dev.crmkit.core.service.ChangeSetService#undo} to revert the import}
     */
    public String changeSetId() {
        return changeSetId;
    }

    private ImportReport read(Reader in) {
        CsvReader csv = new CsvReader(in);
        List<String> header = csv.next();
        if (header == null) {
            return new ImportReport(0, 0, 0, 0);
        }
        @Nullable String[] fieldOfColumn = mapHeader(header);
        CsvWriter refusedOut = errors == null ? null : new CsvWriter(errors, ',');
        if (refusedOut != null) {
            List<String> errorHeader = new ArrayList<>(List.of("line", "errors"));
            errorHeader.addAll(header);
            refusedOut.write(errorHeader);
        }
        Counts counts = new Counts(refusedOut);
        Map<String, Row> batch = new LinkedHashMap<>();
        for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
            Row row = new Row(csv.recordLine(), cells);
            try {
                row.contact = toContact(fieldOfColumn, cells);
                row.update = toUpdate(fieldOfColumn, cells);
            } catch (ValidationException e) {
                counts.refuse(row, describe(e));
                continue;
            }
            if (batch.containsKey(row.contact.email()) || batch.size() >= batchSize) {
                write(batch, counts);
                progress.accept(csv.charsRead());
            }
            batch.put(row.contact.email(), row);
        }
        write(batch, counts);
        progress.accept(csv.charsRead());
        return counts.report();
    }

    private void write(Map<String, Row> batch, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        List<Row> rows = List.copyOf(batch.values());
        batch.clear();
        try {
            Counts inBatch = new Counts(null);
            if (dryRun) {
                upsert(rows, inBatch);
            } else {
                crm.runInTransaction(() -> upsert(rows, inBatch));
            }
            counts.add(inBatch);
        } catch (CrmException e) {
            if (rows.size() == 1) {
                counts.refuse(rows.get(0), describe(e));
                return;
            }
            for (Row row : rows) {
                write(
                        new LinkedHashMap<>(
                                Map.of(Objects.requireNonNull(row.contact).email(), row)),
                        counts);
            }
        }
    }

    private void upsert(List<Row> rows, Counts counts) {
        Map<String, Contact> stored = new HashMap<>();
        for (Contact contact : crm.contacts()
                .findByEmails(rows.stream().map(r -> r.contact().email()).toList())) {
            stored.put(contact.email(), contact);
        }
        List<NewContact> created = new ArrayList<>();
        for (Row row : rows) {
            Contact current = stored.get(row.contact().email());
            if (current == null) {
                created.add(row.contact());
            } else if (row.update().applyTo(current, current.updatedAt()).equals(current)) {
                counts.unchanged++;
            } else {
                if (!dryRun) {
                    crm.contacts().update(current.id(), row.update());
                }
                counts.updated++;
            }
        }
        if (!dryRun) {
            crm.contacts().createAll(created);
        }
        counts.created += created.size();
    }

    private @Nullable String[] mapHeader(List<String> header) {
        @Nullable String[] fields = new String[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String name = normalized(header.get(i));
            String field = columns.get(name);
            if (field == null) {
                field = FIELDS.stream()
                        .filter(f -> normalized(f).equals(name))
                        .findFirst()
                        .orElse(null);
            }
            fields[i] = field;
        }
        List<String> present =
                java.util.Arrays.stream(fields).filter(Objects::nonNull).toList();
        List<String> missing =
                FIELDS.subList(0, 3).stream().filter(f -> !present.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new ValidationException("columns", "the header has no column for " + String.join(", ", missing));
        }
        return fields;
    }

    private static NewContact toContact(@Nullable String[] fields, List<String> cells) {
        Map<String, String> values = values(fields, cells);
        return new NewContact(
                values.get("firstName"),
                values.get("lastName"),
                values.get("email"),
                values.get("phone"),
                values.get("company"),
                values.get("position"),
                values.get("notes"));
    }

    private static ContactUpdate toUpdate(@Nullable String[] fields, List<String> cells) {
        Map<String, String> values = values(fields, cells);
        ContactUpdate.Builder update = ContactUpdate.builder()
                .firstName(values.get("firstName"))
                .lastName(values.get("lastName"))
                .email(values.get("email"));
        for (int i = 0; i < fields.length; i++) {
            String value = i < cells.size() && !cells.get(i).isBlank() ? cells.get(i) : null;
            switch (Objects.requireNonNullElse(fields[i], "")) {
                case "phone" -> update.phone(value);
                case "company" -> update.company(value);
                case "position" -> update.position(value);
                case "notes" -> update.notes(value);
                default -> {}
            }
        }
        return update.build();
    }

    private static Map<String, String> values(@Nullable String[] fields, List<String> cells) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < fields.length && i < cells.size(); i++) {
            String field = fields[i];
            if (field != null) {
                values.put(field, cells.get(i));
            }
        }
        return values;
    }

    private static String normalized(String header) {
        return header.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    private static String describe(CrmException e) {
        if (e instanceof ValidationException invalid) {
            return invalid.errors().entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof ConflictException conflict && conflict.field().isPresent()) {
            return conflict.field().get().replaceFirst("^\\[\\d+]\\.", "") + ": " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A row of the file, once read. */
    private static final class Row {
        final long line;
        final List<String> cells;

        @Nullable
        NewContact contact;

        @Nullable
        ContactUpdate update;

        Row(long line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        NewContact contact() {
            return Objects.requireNonNull(contact);
        }

        ContactUpdate update() {
            return Objects.requireNonNull(update);
        }
    }

    /** Running totals, and where refused rows go. */
    private static final class Counts {
        final @Nullable CsvWriter refusedOut;
        long created;
        long updated;
        long unchanged;
        long refused;

        Counts(@Nullable CsvWriter refusedOut) {
            this.refusedOut = refusedOut;
        }

        void refuse(Row row, String message) {
            refused++;
            if (refusedOut != null) {
                List<String> record = new ArrayList<>(List.of(Long.toString(row.line), message));
                record.addAll(row.cells);
                refusedOut.write(record);
            }
        }

        void add(Counts batch) {
            created += batch.created;
            updated += batch.updated;
            unchanged += batch.unchanged;
        }

        ImportReport report() {
            return new ImportReport(created, updated, unchanged, refused);
        }
    }
}
