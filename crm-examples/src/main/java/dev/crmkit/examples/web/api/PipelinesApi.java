package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/pipelines}: pipelines with their stages, and each pipeline's summary. */
@RestController
@RequestMapping(path = "/api/v1/pipelines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "pipelines")
class PipelinesApi {

    private final Crm crm;

    PipelinesApi(Crm crm) {
        this.crm = crm;
    }

    @GetMapping
    @Operation(summary = "List pipelines", description = "sort is one of id, name, created_at, '-' for descending.")
    PageJson<PipelineJson> list(
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "false") boolean total) {
        SortParam<PipelineSort> order = SortParam.parse(sort, PipelineSort.class, PipelineSort.ID);
        PipelineQuery query =
                new PipelineQuery(new PageRequest<>(order.field(), order.direction(), limit, cursor, total));
        return PageJson.of(crm.pipelines().find(query), PipelineJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a pipeline with its stages")
    ResponseEntity<PipelineJson> get(@PathVariable long id) {
        Pipeline pipeline = crm.pipelines().getById(id);
        return Responses.ok(PipelineJson.of(pipeline), pipeline.version());
    }

    @GetMapping("/{id}/summary")
    @Operation(
            summary = "Summarise a pipeline",
            description = "Deals, value and weighted forecast per stage and in total.")
    SummaryJson summary(@PathVariable long id) {
        return SummaryJson.of(crm.pipelines().summary(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a pipeline",
            description = "Without stages it gets lead, qualified, proposal," + " negotiation, won and lost.")
    ResponseEntity<PipelineJson> create(@RequestBody @Schema(implementation = PipelineJson.class) JsonNode body) {
        Pipeline pipeline = crm.pipelines().create(PipelineJson.create(body));
        return Responses.created(pipeline.id(), PipelineJson.of(pipeline), pipeline.version());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a pipeline",
            description = "Stages are matched by key: a removed stage that" + " still holds deals is refused with 409.")
    ResponseEntity<PipelineJson> replace(
            @PathVariable long id,
            @RequestBody @Schema(implementation = PipelineJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Pipeline pipeline = crm.pipelines().update(id, PipelineJson.update(body, JsonInput.Mode.FULL, ifMatch));
        return Responses.ok(PipelineJson.of(pipeline), pipeline.version());
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(
            summary = "Change some fields of a pipeline",
            description = "stages, when given, is the complete new list.")
    ResponseEntity<PipelineJson> patch(
            @PathVariable long id,
            @RequestBody @Schema(implementation = PipelineJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Pipeline pipeline = crm.pipelines().update(id, PipelineJson.update(body, JsonInput.Mode.PARTIAL, ifMatch));
        return Responses.ok(PipelineJson.of(pipeline), pipeline.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a pipeline", description = "Refused with 409 while it holds deals.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        crm.pipelines().deleteById(id);
        return ResponseEntity.noContent().build();
    }
}
