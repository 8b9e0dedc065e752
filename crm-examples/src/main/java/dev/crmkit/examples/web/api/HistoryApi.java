package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.query.Page;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code GET /api/v1/{resource}/{id}/history}: a record's audit entries, newest first, keyset-paged
 * (a deleted record keeps its history); and the change sets: {@code GET /api/v1/change-sets/{id}}
 * and {@code POST /api/v1/change-sets/{id}/undo}, which answers the undo's own change set or 409
 * listing the records changed since.
 */
@ApiController(path = "/api/v1", tag = "history")
record HistoryApi(Crm crm) {

    private static final String DESCRIPTION = "Newest first; limit is 1 to 200 (default 50); pass next_cursor as"
            + " cursor for the next page. Each entry names the actor and each changed field's old and new value.";

    /** The kind of record each path's first segment names, as the audit log stores it. */
    private static final Map<String, String> KINDS = Map.of(
            "contacts", "contact",
            "companies", "company",
            "deals", "deal",
            "tasks", "task",
            "pipelines", "pipeline",
            "activities", "activity");

    /**
     * One handler for every audited resource: the path names the kind ({@code /activities/7/history}
     * is activity 7). The OpenAPI description lists each path as its own operation, its summary
     * ("A contact's change history") written by {@link ApiOperations}.
     */
    @GetMapping({
        "/contacts/{id}/history",
        "/companies/{id}/history",
        "/deals/{id}/history",
        "/tasks/{id}/history",
        "/pipelines/{id}/history",
        "/activities/{id}/history"
    })
    @Operation(description = DESCRIPTION)
    PageJson<AuditJson> history(HttpServletRequest request, @PathVariable long id, FeedPage page) {
        String kind = KINDS.get(resource(request));
        Page<AuditEntry> history = crm.audit().history(kind, id, page.cursor(), page.limit());
        if (history.items().isEmpty() && page.cursor() == null) {
            throw new NotFoundException(kind, id);
        }
        return PageJson.of(history, AuditJson::of);
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
                    + " 409 when a record it touched changed since (the records are listed), when it was undone"
                    + " already (the undo is named), or when it deleted records.")
    AuditJson.ChangeSetJson undo(@PathVariable String changeSetId) {
        return AuditJson.ChangeSetJson.of(crm.changeSets().undo(changeSetId));
    }

    /** The first segment of the matched path: {@code contacts}. */
    private static String resource(HttpServletRequest request) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern.substring("/api/v1/".length(), pattern.indexOf('/', "/api/v1/".length()));
    }
}
