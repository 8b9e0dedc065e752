package dev.crmkit.examples.web.imports;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.web.problem.ApiValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/v1/imports} (multipart: {@code file}, {@code entity}, {@code dry_run}) starts a
 * CSV import job and answers 202 with it; {@code GET /api/v1/imports/{id}} is its status, progress
 * and counts; {@code GET /api/v1/imports/{id}/errors} its error CSV once it is done or failed (409
 * before). A user sees only their own
 * jobs. Jobs live in memory ({@link ImportJobs}).
 */
@RestController
@RequestMapping(path = "/api/v1/imports")
@Tag(name = "imports")
record ImportsApi(ImportJobs jobs) {

    /** The parts (or query parameters) an upload takes. */
    private static final List<String> PARTS = List.of("file", "entity", "dry_run");

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Start a CSV import",
            description = "entity is contacts, companies, deals or tasks; the CSV is RFC 4180, UTF-8 with or"
                    + " without BOM, ',' or ';'; dry_run=true reports what would change and writes nothing.")
    ResponseEntity<ImportJson> start(
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String entity,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            MultipartHttpServletRequest request,
            Principal user) {
        checkParts(request);
        if (file == null || file.isEmpty()) {
            throw new ValidationException("file", "is required: a CSV file with a header line");
        }
        if (entity == null || entity.isBlank()) {
            throw new ValidationException("entity", "is required: contacts, companies, deals or tasks");
        }
        ImportJob job;
        try (InputStream in = file.getInputStream()) {
            job = jobs.start(entity.strip(), dryRun, in, user.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + job.id()))
                .body(ImportJson.of(job.view()));
    }

    /**
     * Refuses a part the operation does not take and one given twice, as an unknown JSON field is refused:
     * a misspelt {@code dryRun=true} would otherwise run a real import, and of two files or two entities
     * one would be silently dropped.
     */
    private static void checkParts(MultipartHttpServletRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        request.getMultiFileMap().forEach((name, files) -> {
            if (!name.equals("file")) {
                errors.put(name, "is not a part of this request; the parts are " + String.join(", ", PARTS));
            } else if (files.size() > 1) {
                errors.put(name, "is given " + files.size() + " times; give it once");
            }
        });
        request.getParameterMap().forEach((name, values) -> {
            if (!PARTS.contains(name)) {
                errors.put(name, "is not a part of this request; the parts are " + String.join(", ", PARTS));
            } else if (values.length > 1) {
                errors.put(name, "is given " + values.length + " times; give it once");
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job's status, progress and counts")
    ImportJson get(@PathVariable long id, Principal user) {
        return ImportJson.of(jobs.get(id, user.getName()).view());
    }

    @GetMapping("/{id}/errors")
    @Operation(
            summary = "An import job's error CSV: line, errors, then the refused row's cells",
            description = "Once the job is done or failed; a failed job's last row is the failure, without a line"
                    + " number. 409 while the job is queued or running; 404 for no such job of yours.")
    ResponseEntity<Resource> errors(@PathVariable long id, Principal user) {
        ImportJob job = jobs.get(id, user.getName());
        ImportJob.Status status = job.view().status();
        if (status == ImportJob.Status.QUEUED || status == ImportJob.Status.RUNNING) {
            throw new ConflictException(
                    "import " + id + " is " + status.name().toLowerCase(Locale.ROOT)
                            + ": its error CSV is ready once it has finished",
                    "id",
                    null);
        }
        if (!Files.exists(job.errorFile())) {
            throw new NotFoundException("import error CSV", id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-errors.csv\"")
                .body(new FileSystemResource(job.errorFile()));
    }
}
