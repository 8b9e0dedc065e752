package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /api/v1/contacts/{id}/timeline}, {@code /api/v1/companies/{id}/timeline} and {@code
 * /api/v1/deals/{id}/timeline}: a record's
 * activities, completed tasks and deal stage changes, newest first, keyset-paged.
 */
@ApiController(path = "/api/v1", tag = "timeline")
record TimelineApi(Crm crm) {

    private static final String DESCRIPTION = "Newest first; limit is 1 to 500 (default 50); pass next_cursor as"
            + " cursor for the next page. Each entry names its source: activity, task (completed) or stage_change.";

    @GetMapping("/contacts/{id}/timeline")
    @Operation(
            summary = "A contact's timeline",
            description = DESCRIPTION + " Includes the stage changes of its deals.")
    TimelineJson contact(@PathVariable long id, FeedPage page) {
        return TimelineJson.of(crm.timeline().contact(id, page.cursor(), page.limit()), crm.clock());
    }

    @GetMapping("/deals/{id}/timeline")
    @Operation(summary = "A deal's timeline", description = DESCRIPTION)
    TimelineJson deal(@PathVariable long id, FeedPage page) {
        return TimelineJson.of(crm.timeline().deal(id, page.cursor(), page.limit()), crm.clock());
    }

    @GetMapping("/companies/{id}/timeline")
    @Operation(summary = "A company's timeline", description = DESCRIPTION + " Lists the activities logged on it.")
    TimelineJson company(@PathVariable long id, FeedPage page) {
        return TimelineJson.of(crm.timeline().company(id, page.cursor(), page.limit()), crm.clock());
    }
}
