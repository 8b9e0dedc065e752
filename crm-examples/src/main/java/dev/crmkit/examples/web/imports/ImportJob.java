package dev.crmkit.examples.web.imports;

import dev.crmkit.core.transfer.ImportReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One import job: what it imports, its state, its progress and, once done, its report. Written by
 * the import thread, read by requests; every read sees one consistent state. Thread-safe.
 */
public final class ImportJob {

    /** Where a job is. */
    public enum Status {
        /** Waiting for the jobs before it. */
        QUEUED,
        /** Importing. */
        RUNNING,
        /** Finished: its report holds the counts. */
        DONE,
        /** Stopped by an error that concerns the whole file (a missing column, an unclosed quote). */
        FAILED
    }

    /**
     * What a request sees of a job at one moment.
     *
     * @param id the job's id
     * @param entity contacts, companies, deals or tasks
     * @param dryRun whether nothing is written
     * @param status where the job is
     * @param bytes the file's size
     * @param read how much of the file was read (characters, close to bytes)
     * @param report the counts so far, the final ones once done
     * @param error why the job failed
     * @param createdAt when the job was queued
     * @param finishedAt when it finished
     * @param changeSetId the change set that undoes it: present once a job that wrote something is done
     */
    public record View(
            long id,
            String entity,
            boolean dryRun,
            Status status,
            long bytes,
            long read,
            @Nullable ImportReport report,
            @Nullable String error,
            Instant createdAt,
            @Nullable Instant finishedAt,
            @Nullable String changeSetId) {

        /** {@return the share of the file read, 0–100} */
        public int percent() {
            if (status == Status.DONE) {
                return 100;
            }
            return bytes == 0 ? 0 : (int) Math.min(99, read * 100 / bytes);
        }
    }

    private final long id;
    private final String entity;
    private final boolean dryRun;
    private final String owner;
    private final Instant createdAt;
    private final long bytes;
    private final Path errorFile;
    private final CountDownLatch finishedLatch = new CountDownLatch(1);
    private Status status = Status.QUEUED;
    private long read;
    private @Nullable ImportReport report;
    private @Nullable String error;
    private @Nullable Instant finishedAt;
    private @Nullable String changeSetId;

    ImportJob(long id, String entity, boolean dryRun, String owner, Instant createdAt, long bytes, Path errorFile) {
        this.id = id;
        this.entity = entity;
        this.dryRun = dryRun;
        this.owner = owner;
        this.createdAt = createdAt;
        this.bytes = bytes;
        this.errorFile = errorFile;
    }

    /** {@return the job's id} */
    public long id() {
        return id;
    }

    /** {@return the user who started the job} */
    public String owner() {
        return owner;
    }

    /** {@return whether nothing is written} */
    public boolean dryRun() {
        return dryRun;
    }

    /**
     * {@return the error CSV: the refused rows with their line numbers and messages, and for a
     * failed job a last row with the failure}
     */
    public Path errorFile() {
        return errorFile;
    }

    /** {@return the job as it is now} */
    public synchronized View view() {
        return new View(id, entity, dryRun, status, bytes, read, report, error, createdAt, finishedAt, changeSetId);
    }

    /**
     * Waits until the job is done or failed.
     *
     * @param max how long to wait at most
     * @return whether it finished meanwhile
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitFinished(Duration max) throws InterruptedException {
        return finishedLatch.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    synchronized void running() {
        status = Status.RUNNING;
    }

    synchronized void progress(long charsRead) {
        read = charsRead;
    }

    synchronized void counts(ImportReport soFar) {
        report = soFar;
    }

    synchronized void done(ImportReport finalReport, Instant at, @Nullable String changeSet) {
        report = finalReport;
        changeSetId = changeSet;
        status = Status.DONE;
        finishedAt = at;
        finishedLatch.countDown();
    }

    /**
     * Marks the job failed.
     *
     * @param why the message a user reads
     * @param at when
     * @param changeSet the change set that reverts rows left written (the importer could not undo
     *     them), or null: nothing was written, and the created, updated and unchanged counts go
     *     back to zero; the refused rows stay counted, as the error CSV lists them
     */
    synchronized void failed(String why, Instant at, @Nullable String changeSet) {
        if (changeSet == null && report != null) {
            report = new ImportReport(0, 0, 0, report.refused());
        }
        changeSetId = changeSet;
        error = why;
        status = Status.FAILED;
        finishedAt = at;
        finishedLatch.countDown();
    }
}
