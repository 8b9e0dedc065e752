package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashKind;
import dev.crmkit.examples.web.problem.ApiValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trash: {@code GET /api/v1/trash} lists deleted contacts, companies, deals, tasks and pipelines, newest
 * first; {@code POST /api/v1/{resource}/{id}/restore} brings one back with its id (409 naming the
 * live record that took its email or domain, or the parent that is gone); {@code DELETE
 * /api/v1/trash/{kind}/{id}} purges one for good.
 */
@RestController
@Tag(name = "trash")
record TrashApi(Crm crm) {

    /** A trash entry as the API shows it. */
    record TrashJson(
            String kind,
            long id,
            String label,
            @JsonProperty("deleted_at") Instant deletedAt,
            @JsonProperty("deleted_by") @Nullable String deletedBy,
            String restore) {

        static TrashJson of(TrashEntry entry) {
            return new TrashJson(
                    entry.kind().code(),
                    entry.recordId(),
                    entry.label(),
                    entry.deletedAt(),
                    entry.deletedBy(),
                    "/api/v1/" + entry.kind().plural() + "/" + entry.recordId() + "/restore");
        }
    }

    /** What a restore answers: the record's kind, id and where it lives again. */
    record RestoredJson(String kind, long id, String href) {}

    private static final String KINDS =
            Arrays.stream(TrashKind.values()).map(TrashKind::code).collect(Collectors.joining(", "));
    private static final String RESOURCES =
            Arrays.stream(TrashKind.values()).map(TrashKind::plural).collect(Collectors.joining(", "));

    @GetMapping(path = "/api/v1/trash", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List the trash",
            description =
                    "Deleted contacts, companies, deals, tasks and pipelines, newest deletion first. kind (contact,"
                            + " company, deal, task or pipeline) filters; limit 1-500 (default 50); cursor is the next_cursor of"
                            + " the previous page; total=true also counts the entries (of that kind), as on the other lists.")
    PageJson<TrashJson> list(
            @RequestParam(required = false) @Nullable String kind,
            FeedPage page,
            @RequestParam(name = "total", defaultValue = "false") boolean total) {
        TrashKind only = kind == null || kind.isBlank() ? null : kind("kind", kind);
        return PageJson.of(crm.trash().list(only, page.cursor(), page.limit(), total), TrashJson::of);
    }

    @PostMapping(path = "/api/v1/{resource}/{id}/restore", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Restore a deleted record",
            description =
                    "resource is contacts, companies, deals, tasks or pipelines. Brings the record back with its id,"
                            + " with what its delete took along (a contact's tasks, activities and tags; a deal's stage"
                            + " history), and re-links the records its delete unlinked that are still unlinked. 404 when"
                            + " the trash holds no such record; 409 naming the live record that took its email or"
                            + " domain, or the parent that is gone (a deal's pipeline, a task's contact).")
    ResponseEntity<RestoredJson> restore(@PathVariable String resource, @PathVariable long id) {
        TrashKind kind = kind("resource", resource);
        CrmRecord restored = crm.trash().restore(kind, id);
        String href = "/api/v1/" + kind.plural() + "/" + restored.id();
        return ResponseEntity.ok().location(URI.create(href)).body(new RestoredJson(kind.code(), restored.id(), href));
    }

    @DeleteMapping("/api/v1/trash/{kind}/{id}")
    @Operation(
            summary = "Purge a deleted record",
            description = "Removes it from the trash for good; 404 when the trash holds no such record.")
    ResponseEntity<Void> purge(@PathVariable String kind, @PathVariable long id) {
        crm.trash().purge(kind("kind", kind), id);
        return ResponseEntity.noContent().build();
    }

    private static TrashKind kind(String field, String name) {
        return TrashKind.of(name)
                .orElseThrow(() -> new ApiValidationException(
                        Map.of(field, "must be one of " + ("resource".equals(field) ? RESOURCES : KINDS))));
    }
}
