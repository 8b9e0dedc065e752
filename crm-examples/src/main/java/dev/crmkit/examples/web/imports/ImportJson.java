package dev.crmkit.examples.web.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.transfer.ImportReport;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An import job as the API shows it.
 *
 * @param id the job's id
 * @param entity contacts, companies, deals or tasks
 * @param dryRun whether nothing is written
 * @param status queued, running, done or failed
 * @param percent the share of the file read, 0–100
 * @param created records created so far (or, in a dry run, that would be)
 * @param updated existing records changed so far
 * @param unchanged existing records left as they were
 * @param refused rows refused so far, each in the error CSV
 * @param error why a failed job failed
 * @param errorsUrl where the error CSV is, once the job is done or failed
 * @param createdAt when the job was queued
 * @param finishedAt when it finished
 * @param changeSetId the change set that undoes the import ({@code POST /api/v1/change-sets/{id}/undo}),
 *     once a job that wrote something is done
 */
public record ImportJson(
        long id,
        String entity,
        @JsonProperty("dry_run") boolean dryRun,
        String status,
        int percent,
        long created,
        long updated,
        long unchanged,
        long refused,
        @Nullable String error,
        @JsonProperty("errors_url") @Nullable String errorsUrl,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("finished_at") @Nullable Instant finishedAt,
        @JsonProperty("change_set_id") @Nullable String changeSetId) {

    static ImportJson of(ImportJob.View job) {
        ImportReport report = job.report() == null ? new ImportReport(0, 0, 0, 0) : job.report();
        return new ImportJson(
                job.id(),
                job.entity(),
                job.dryRun(),
                job.status().name().toLowerCase(java.util.Locale.ROOT),
                job.percent(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.refused(),
                job.error(),
                finished(job) ? "/api/v1/imports/" + job.id() + "/errors" : null,
                job.createdAt(),
                job.finishedAt(),
                job.changeSetId());
    }

    private static boolean finished(ImportJob.View job) {
        return job.status() == ImportJob.Status.DONE || job.status() == ImportJob.Status.FAILED;
    }
}
