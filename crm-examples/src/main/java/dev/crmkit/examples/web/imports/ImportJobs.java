package dev.crmkit.examples.web.imports;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.transfer.CompanyImporter;
import dev.crmkit.core.transfer.ContactImporter;
import dev.crmkit.core.transfer.CsvImporter;
import dev.crmkit.core.transfer.CsvWriter;
import dev.crmkit.core.transfer.DealImporter;
import dev.crmkit.core.transfer.ImportReport;
import dev.crmkit.core.transfer.TaskImporter;
import dev.crmkit.examples.web.problem.StorageOutage;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The import jobs of this app, in memory: a job is lost when the app stops (a deployment with
 * several instances would keep them in a table; one instance, as the example runs, does not need
 * to). An upload is copied to a temporary file first, so neither the request nor the job holds the
 * file in memory, then imported on one background thread: jobs run one after the other, as each
 * already uses the database's full write rate. The newest {@value #KEPT} jobs are kept, with their
 * error CSVs; older ones and their files are dropped. Thread-safe.
 */
@Component
public final class ImportJobs {

    /** Jobs remembered. */
    static final int KEPT = 100;

    /** The entities that can be imported, by the name the API and the page use. */
    static final Map<String, Function<Crm, CsvImporter<?, ?>>> IMPORTERS = Map.of(
            "contacts", ContactImporter::new,
            "companies", CompanyImporter::new,
            "deals", DealImporter::new,
            "tasks", TaskImporter::new);

    /** Why a job failed when the database went away; the rows before it are undone, the file can be sent again. */
    static final String OUTAGE =
            "the database could not be reached, so the import stopped; send the file again" + " once it is back";

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Crm crm;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crm-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, ImportJob> jobs = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    ImportJobs(Crm crm) {
        this.crm = crm;
        this.clock = crm.clock();
    }

    /**
     * Queues the import of an uploaded CSV.
     *
     * @param entity contacts, companies, deals or tasks
     * @param dryRun true to report what would change and write nothing
     * @param file the CSV (UTF-8); read to its end here, closed by the caller
     * @param owner the user who started the job
     * @return the job, queued
     * @throws ValidationException (field {@code entity}) for another entity
     */
    public ImportJob start(String entity, boolean dryRun, InputStream file, String owner) {
        Function<Crm, CsvImporter<?, ?>> importer = IMPORTERS.get(entity);
        if (importer == null) {
            throw new ValidationException("entity", "must be one of companies, contacts, deals, tasks");
        }
        Path csv;
        Path errors;
        try {
            csv = Files.createTempFile("crm-import-", ".csv");
            errors = Files.createTempFile("crm-import-", ".errors.csv");
            Files.copy(file, csv, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = new ImportJob(ids.incrementAndGet(), entity, dryRun, owner, clock.instant(), size(csv), errors);
        synchronized (jobs) {
            jobs.put(job.id(), job);
            evictOld();
        }
        worker.execute(() -> run(job, importer.apply(crm), csv));
        return job;
    }

    /**
     * {@return the job with this id, when the user started it}
     *
     * @param id the job's id
     * @param user who asks: another user's job is not found, so ids reveal nothing
     * @throws NotFoundException when there is no such job of this user (or it was dropped)
     */
    public ImportJob get(long id, String user) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id))
                    .filter(job -> job.owner().equals(user))
                    .orElseThrow(() -> new NotFoundException("import", id));
        }
    }

    private void run(ImportJob job, CsvImporter<?, ?> importer, Path csv) {
        job.running();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                Writer refused = Files.newBufferedWriter(job.errorFile(), StandardCharsets.UTF_8)) {
            importer.onBehalfOf(job.owner())
                    .dryRun(job.dryRun())
                    .errors(refused)
                    .progress(job::progress)
                    .counts(job::counts);
            ImportReport report = importer.importCsv(in);
            refused.flush();
            boolean wrote = !job.dryRun() && report.created() + report.updated() > 0;
            job.done(report, clock.instant(), wrote ? importer.changeSetId() : null);
        } catch (CrmException | IllegalArgumentException e) {
            failed(job, importer, e, why(e));
        } catch (UncheckedIOException e) {
            failed(job, importer, e, why(job, e.getCause()));
        } catch (IOException | RuntimeException e) {
            failed(job, importer, e, why(job, e));
        } finally {
            try {
                Files.deleteIfExists(csv);
            } catch (IOException e) {
                log.debug("could not delete {}", csv, e);
            }
        }
    }

    /** A failure crmkit explains: its own sentence, but never the driver's words about a lost connection. */
    private static String why(RuntimeException e) {
        if (StorageOutage.isOutage(e)) {
            return OUTAGE;
        }
        return e instanceof ValidationException invalid
                ? String.join("; ", invalid.errors().values())
                : String.valueOf(e.getMessage());
    }

    private static String why(ImportJob job, Throwable e) {
        if (e instanceof CharacterCodingException) {
            return "the file is not valid UTF-8";
        }
        if (StorageOutage.isOutage(e)) {
            return OUTAGE;
        }
        log.warn("import {} failed", job.id(), e);
        return "the import failed: " + e.getMessage();
    }

    /**
     * Fails the job. The importer has undone the batches written before the failure; where that
     * undo failed too (the database is away, and whether a batch was written may be unknown), the
     * job names the change set that reverts whatever was.
     */
    private void failed(ImportJob job, CsvImporter<?, ?> importer, Exception e, String why) {
        noteFailure(job, why);
        if (e.getSuppressed().length == 0 || job.dryRun()) {
            job.failed(why, clock.instant(), null);
            return;
        }
        log.warn("import {}: the rows written before it failed could not be undone", job.id(), e.getSuppressed()[0]);
        job.failed(
                why + "; undo change set " + importer.changeSetId()
                        + " once the database is back, to revert any rows the import wrote before it stopped",
                clock.instant(),
                importer.changeSetId());
    }

    /**
     * Ends the job's error CSV with the failure, a row without a line number, after the rows
     * refused before it: a failed import's errors are listed like a finished one's. A failure on
     * the header leaves no CSV header yet, so the row comes under {@code line,errors} alone.
     */
    private static void noteFailure(ImportJob job, String why) {
        try {
            boolean empty = !Files.exists(job.errorFile()) || Files.size(job.errorFile()) == 0;
            try (Writer out = Files.newBufferedWriter(
                    job.errorFile(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                CsvWriter csv = new CsvWriter(out, ',');
                if (empty) {
                    csv.write(List.of("line", "errors"));
                }
                csv.write(List.of("", why));
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("import {}: could not write its failure to its error CSV", job.id(), e);
        }
    }

    private void evictOld() {
        Iterator<ImportJob> oldest = jobs.values().iterator();
        while (jobs.size() > KEPT && oldest.hasNext()) {
            ImportJob job = oldest.next();
            if (job.finished()) {
                oldest.remove();
                try {
                    Files.deleteIfExists(job.errorFile());
                } catch (IOException e) {
                    log.debug("could not delete {}", job.errorFile(), e);
                }
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
