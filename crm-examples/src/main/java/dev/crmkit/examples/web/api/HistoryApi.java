package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.query.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/{resource}/{id}/history}: a record's audit entries, newest first, keyset-paged
 * (a deleted record keeps its history); and the change sets: {@code GET /api/v1/change-sets/{id}}
 * and {@code POST /api/v1/change-sets/{id}/undo}, which answers the undo's own change set or 409
 * listing the records changed since.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "history")
class HistoryApi {

    private static final String DESCRIPTION = "Newest first; limit is 1 to 200 (default 50); pass next_cursor as"
            + " cursor for the next page. Each entry names the actor and each changed field's old and new value.";

    private final Crm crm;

    HistoryApi(Crm crm) {
        this.crm = crm;
    }

    @GetMapping("/contacts/{id}/history")
    @Operation(summary = "A contact's change history", description = DESCRIPTION)
    PageJson<AuditJson> contact(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return history("contact", id, cursor, limit);
    }

    @GetMapping("/companies/{id}/history")
    @Operation(summary = "A company's change history", description = DESCRIPTION)
    PageJson<AuditJson> company(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return history("company", id, cursor, limit);
    }

    @GetMapping("/deals/{id}/history")
    @Operation(summary = "A deal's change history", description = DESCRIPTION)
    PageJson<AuditJson> deal(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return history("deal", id, cursor, limit);
    }

    @GetMapping("/tasks/{id}/history")
    @Operation(summary = "A task's change history", description = DESCRIPTION)
    PageJson<AuditJson> task(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return history("task", id, cursor, limit);
    }

    @GetMapping("/pipelines/{id}/history")
    @Operation(summary = "A pipeline's change history", description = DESCRIPTION)
    PageJson<AuditJson> pipeline(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return history("pipeline", id, cursor, limit);
    }

    @GetMapping("/activities/{id}/history")
    @Operation(summary = "An activity's change history", description = DESCRIPTION)
    PageJson<AuditJson> activity(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return history("activity", id, cursor, limit);
    }

    @GetMapping("/change-sets/{changeSetId}")
    @Operation(summary = "A change set (an agent turn, an import, an undo) with its changes, oldest first")
    AuditJson.ChangeSetJson changeSet(@PathVariable String changeSetId) {
        return AuditJson.ChangeSetJson.of(crm.changeSets().get(changeSetId));
    }

    @PostMapping("/change-sets/{changeSetId}/undo")
    @Operation(
            summary = "Undo a change set",
            description = "Reverts all its changes in one transaction and answers the undo's own change set;"
                    + " 409 when a record it touched changed since (the records are listed) or it deleted records.")
    AuditJson.ChangeSetJson undo(@PathVariable String changeSetId) {
        return AuditJson.ChangeSetJson.of(crm.changeSets().undo(changeSetId));
    }

    private PageJson<AuditJson> history(String kind, long id, @Nullable String cursor, int limit) {
        Page<AuditEntry> page = crm.audit().history(kind, id, cursor, limit);
        if (page.items().isEmpty() && cursor == null) {
            throw new NotFoundException(kind, id);
        }
        return PageJson.of(page, AuditJson::of);
    }
}
