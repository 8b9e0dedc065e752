package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The import of one kind of record from CSV, written once for every kind ({@link ContactImporter},
 * {@link CompanyImporter}, {@link DealImporter}, {@link TaskImporter}): {@link CsvReader} (RFC 4180,
 * UTF-8 with or without BOM, {@code ,} or {@code ;}), columns matched by header ignoring case,
 * spaces, {@code _} and {@code -} ({@code First Name}, {@code first_name} and {@code firstName} are
 * one column; {@link #column} maps any other header), upsert by the kind's key, so re-importing a
 * file changes nothing. An empty cell clears an optional field on update; a field without a column
 * keeps its value. Columns that are no field (the {@code id}, timestamps and {@code version} an
 * {@link Exporter} writes) are ignored.
 *
 * <p>Streaming in constant memory: rows are read, checked and written in batches of {@link
 * #batchSize}, each batch one transaction. A row that breaks a rule is refused alone: it goes to
 * the error CSV with its line number and field messages, and the rest is imported. Should a batch
 * still fail as a whole (a record with its key created meanwhile by someone else), its rows are
 * retried one per transaction, so only the offending row is refused; a database that cannot be
 * reached fails the import instead (no row is to blame). Two rows with one key are
 * written in separate batches, the later one last. A dry run does all of that in transactions it
 * rolls back: its report is what the import would do, the database and the event listeners see
 * nothing — with one exception, since nothing of a rolled-back batch is remembered (memory stays
 * constant): a key repeated in a later batch counts as created again where the import would
 * update. Call it outside any {@link Crm#inTransaction}. Not thread-safe: one importer per import.
 * The rows are read and checked on a thread the import starts and ends (named {@code
 * crmkit-import-reader}), a batch or two ahead of the batch being written on the caller's thread,
 * so that reading the file overlaps writing to the database; the writes, their transactions and
 * the callbacks stay on the caller's thread.
 *
 * @param <S> the importer's own type, which the options return
 * @param <P> a row, once checked
 */
public abstract class CsvImporter<S extends CsvImporter<S, P>, P> {

    /** The CRM imported into. */
    final Crm crm;

    private final List<String> fields;
    private final Columns columns;
    private int batchSize = 1_000;
    private boolean dryRun;
    private @Nullable Writer errors;
    private LongConsumer progress = chars -> {};
    private Consumer<ImportReport> counts = report -> {};
    private @Nullable String onBehalfOf;
    private final String changeSetId;

    CsvImporter(Crm crm, List<String> fields, List<String> required) {
        this.crm = crm;
        this.changeSetId = crm.changeSets().newId();
        this.fields = fields;
        this.columns = new Columns(fields, required);
    }

    /**
     * Maps a header onto a field, overriding the match by name.
     *
     * @param header the header in the file, e.g. {@code E-Mail Address}
     * @param field one of the importer's fields, e.g. {@code email}
     * @return this importer
     * @throws IllegalArgumentException when {@code field} is not one of them
     */
    public S column(String header, String field) {
        columns.override(header, field);
        return self();
    }

    /**
     * @param rows rows per transaction, 1–10,000 (default 1,000)
     * @return this importer
     */
    public S batchSize(int rows) {
        if (rows < 1 || rows > 10_000) {
            throw new IllegalArgumentException("batch size must be 1–10000, not " + rows);
        }
        batchSize = rows;
        return self();
    }

    /**
     * @param dryRun true to report what would be created, updated and refused, writing nothing
     * @return this importer
     */
    public S dryRun(boolean dryRun) {
        this.dryRun = dryRun;
        return self();
    }

    /**
     * @param out where refused rows go, as CSV: {@code line,errors} then the row's cells
     * @return this importer
     */
    public S errors(Writer out) {
        errors = out;
        return self();
    }

    /**
     * @param charsRead called after each batch with the characters read so far
     * @return this importer
     */
    public S progress(LongConsumer charsRead) {
        progress = charsRead;
        return self();
    }

    /**
     * @param countsSoFar called after each batch with the counts so far, and once more when the
     *     import fails with counts not reported yet (rows refused since the last batch, which the
     *     error CSV lists already)
     * @return this importer
     */
    public S counts(Consumer<ImportReport> countsSoFar) {
        counts = countsSoFar;
        return self();
    }

    /**
     * Records the user who started the import with the import job, the actor of its writes: the audit
     * log then says {@code import <id> for <user>}. Without it the import acts alone.
     *
     * @param userName the user, 1 to {@value Actor#ID_MAX} characters, no control characters
     * @return this importer
     * @throws ValidationException (field {@code onBehalfOf}) for a name that breaks those rules
     */
    public S onBehalfOf(String userName) {
        Actor.importJob(changeSetId, userName); // checks the name now, not when the import starts
        onBehalfOf = userName;
        return self();
    }

    /** {@return the fields this importer reads, in the order an export writes them} */
    public List<String> fields() {
        return fields;
    }

    /**
     * Imports the CSV.
     *
     * <p>An import that fails part-way (a malformed line after the first batches, a file that is not
     * UTF-8, a database error) leaves nothing behind: the batches it wrote are undone as its change
     * set before the failure is thrown. Should that undo fail too (the database is gone), its
     * exception is added to the failure as suppressed and {@link #changeSetId} still reverts the
     * rows written.
     *
     * @param in the CSV text; the caller closes it
     * @return what was imported
     * @throws ValidationException (field {@code columns}) when the file is empty (not even a header line), or
     *     its header lacks a required column or has two columns for one field
     * @throws IllegalArgumentException when the CSV is malformed (an unclosed quote)
     */
    public ImportReport importCsv(Reader in) {
        // One import run, one change set, made by the import job: undone as one step.
        Actor importJob = onBehalfOf == null ? Actor.importJob(changeSetId) : Actor.importJob(changeSetId, onBehalfOf);
        try {
            return crm.as(importJob, () -> crm.changeSets().run(changeSetId, () -> read(in)));
        } catch (RuntimeException | Error e) {
            if (!dryRun) {
                undoWritten(importJob, e);
            }
            throw e;
        }
    }

    private void undoWritten(Actor importJob, Throwable failure) {
        try {
            crm.as(importJob, () -> crm.changeSets().undo(changeSetId));
        } catch (NotFoundException nothingWritten) {
            // The import failed before its first batch was written.
        } catch (RuntimeException undoFailed) {
            failure.addSuppressed(undoFailed);
        }
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
        if (header == null) { // not even a header: an empty upload, or the wrong file
            throw new ValidationException(
                    "columns", "the file is empty: it needs a header line naming the columns, as an export writes");
        }
        @Nullable String[] fieldOfColumn = columns.map(header);
        CsvWriter refusedOut = errors == null ? null : new CsvWriter(errors, ',');
        if (refusedOut != null) {
            List<String> errorHeader = new ArrayList<>(List.of("line", "errors"));
            errorHeader.addAll(header);
            refusedOut.write(errorHeader);
        }
        Batch totals = new Batch(refusedOut, columns::header);
        // The file is read and its rows checked on a thread of their own while this thread writes
        // the previous batch: CSV parsing and validation overlap the database's work. The queue
        // holds at most two batches, so memory stays constant; the steps arrive in file order.
        BlockingQueue<Step<P>> steps = new ArrayBlockingQueue<>(2);
        Thread reader = new Thread(() -> readAhead(csv, fieldOfColumn, steps), "crmkit-import-reader");
        reader.setDaemon(true);
        reader.start();
        ImportReport reported = new ImportReport(0, 0, 0, 0);
        try {
            while (true) {
                Step<P> step = ReaderThread.take(steps);
                step.refusals().forEach(refusal -> totals.refuse(refusal.row(), refusal.message()));
                if (step.failure() instanceof RuntimeException e) {
                    throw e;
                } else if (step.failure() instanceof Error e) {
                    throw e;
                }
                write(step.rows(), totals);
                progress.accept(step.charsRead());
                if (step.last()) {
                    return totals.report();
                }
                if (!step.rows().isEmpty()) {
                    reported = totals.report();
                    counts.accept(reported);
                }
            }
        } catch (RuntimeException | Error e) {
            // The rows refused before a failure are in the error CSV already: the caller's counts
            // must list them too, though no batch followed them.
            if (!totals.report().equals(reported)) {
                counts.accept(totals.report());
            }
            throw e;
        } finally {
            ReaderThread.stop(reader);
        }
    }

    /**
     * Reads and checks the rows, handing them over in batches (the rows a batch may hold: no key
     * twice, at most {@link #batchSize}), each with the rows refused by their own check before it.
     */
    private void readAhead(CsvReader csv, @Nullable String[] fieldOfColumn, BlockingQueue<Step<P>> steps) {
        List<Refusal<P>> refusals = new ArrayList<>();
        try {
            Map<String, Row<P>> batch = new LinkedHashMap<>();
            for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
                long line = csv.recordLine();
                P parsed;
                try {
                    parsed = parse(new Cells(fieldOfColumn, cells));
                } catch (ValidationException e) {
                    refusals.add(new Refusal<>(new Row<>(line, cells, null), RowErrors.describe(e, columns::header)));
                    if (refusals.size() >= batchSize) {
                        // A file of refused rows is streamed too: the refusals go ahead of the batch.
                        steps.put(new Step<>(List.copyOf(refusals), List.of(), csv.charsRead(), false, null));
                        refusals.clear();
                    }
                    continue;
                }
                String key = key(parsed);
                if (batch.containsKey(key) || batch.size() >= batchSize) {
                    steps.put(new Step<>(
                            List.copyOf(refusals), List.copyOf(batch.values()), csv.charsRead(), false, null));
                    refusals.clear();
                    batch.clear();
                }
                batch.put(key, new Row<>(line, cells, parsed));
            }
            steps.put(new Step<>(List.copyOf(refusals), List.copyOf(batch.values()), csv.charsRead(), true, null));
        } catch (InterruptedException e) {
            // The import stopped (it failed or was interrupted): nobody waits for more rows.
        } catch (RuntimeException | Error e) {
            try {
                steps.put(new Step<>(List.copyOf(refusals), List.of(), 0, true, e));
            } catch (InterruptedException stopped) {
                // As above.
            }
        }
    }

    /**
     * Checks a row alone.
     *
     * @throws ValidationException naming the fields that break a rule
     */
    abstract P parse(Cells cells);

    /** The key of the record a row describes, e.g. its email; rows with equal keys describe one record. */
    abstract String key(P row);

    /**
     * Creates or updates the records of the rows, in the batch's one transaction, counting each row
     * into {@code batch}; a row whose references are missing is refused there, the rest written.
     */
    abstract void upsert(List<Row<P>> rows, Batch batch);

    /** {@return whether the file being imported has a column for the field} */
    boolean hasColumn(String field) {
        return columns.has(field);
    }

    /** Runs {@code set} (an update's setter) when the file has a column for the field: a missing column keeps the stored value. */
    void ifColumn(String field, Runnable set) {
        if (hasColumn(field)) {
            set.run();
        }
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    private void write(List<Row<P>> rows, Batch counts) {
        if (rows.isEmpty()) {
            return;
        }
        Batch inBatch = new Batch(null, columns::header);
        try {
            crm.runInTransaction(() -> {
                upsert(rows, inBatch);
                if (dryRun) {
                    throw new RolledBack();
                }
            });
            counts.add(inBatch);
        } catch (RolledBack e) {
            counts.add(inBatch);
        } catch (CrmException e) {
            if (RowErrors.databaseAway(e)) {
                throw e;
            }
            if (rows.size() == 1) {
                counts.refuse(rows.get(0), RowErrors.describe(e, columns::header));
                return;
            }
            for (Row<P> row : rows) {
                write(List.of(row), counts);
            }
        }
    }

    /** A row refused by its own check, with the error CSV's message. */
    private record Refusal<P>(Row<P> row, String message) {}

    /**
     * What the reading thread hands over, in file order: the rows refused since the last step,
     * then a batch to write (maybe empty) and the characters read so far; or, last, the failure
     * that ended the reading.
     */
    private record Step<P>(
            List<Refusal<P>> refusals,
            List<Row<P>> rows,
            long charsRead,
            boolean last,
            @Nullable Throwable failure) {}

    /** Thrown to roll a dry run's batch back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super(null, null, false, false);
        }
    }
}
