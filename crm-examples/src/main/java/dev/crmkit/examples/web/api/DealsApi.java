package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
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

/** {@code /api/v1/deals}: deals in the stages of their pipelines. */
@RestController
@RequestMapping(path = "/api/v1/deals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "deals")
class DealsApi {

    private final Crm crm;

    DealsApi(Crm crm) {
        this.crm = crm;
    }

    @GetMapping
    @Operation(
            summary = "List deals",
            description =
                    "Every filter given must match. outcome is open, won or lost;"
                            + " sort is one of id, title, amount, expected_close_date, created_at, updated_at, '-' for descending.")
    PageJson<DealJson> list(
            @RequestParam(name = "pipeline_id", required = false) @Nullable Long pipelineId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "contact_id", required = false) @Nullable Long contactId,
            @RequestParam(name = "min_amount", required = false) @Nullable BigDecimal minAmount,
            @RequestParam(name = "max_amount", required = false) @Nullable BigDecimal maxAmount,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "false") boolean total) {
        Ranges.checkAmount("min_amount", minAmount);
        Ranges.checkAmount("max_amount", maxAmount);
        SortParam<DealSort> order = SortParam.parse(sort, DealSort.class, DealSort.ID);
        DealQuery query = new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome == null || outcome.isBlank() ? null : Keys.outcome(outcome),
                new PageRequest<>(order.field(), order.direction(), limit, cursor, total));
        return PageJson.of(crm.deals().find(query), DealJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a deal")
    ResponseEntity<DealJson> get(@PathVariable long id) {
        Deal deal = crm.deals().getById(id);
        return Responses.ok(DealJson.of(deal), deal.version());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a deal",
            description = "Without pipeline_id the oldest pipeline; without status its"
                    + " first open stage; without currency the app's default currency.")
    ResponseEntity<DealJson> create(@RequestBody @Schema(implementation = DealJson.class) JsonNode body) {
        Deal deal = crm.deals().create(DealJson.create(body));
        return Responses.created(deal.id(), DealJson.of(deal), deal.version());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a deal",
            description = "title, amount, currency, pipeline_id and status are required.")
    ResponseEntity<DealJson> replace(
            @PathVariable long id,
            @RequestBody @Schema(implementation = DealJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Deal deal = crm.deals().update(id, DealJson.update(body, JsonInput.Mode.FULL, ifMatch));
        return Responses.ok(DealJson.of(deal), deal.version());
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change some fields of a deal", description = "{\"status\": \"won\"} moves it to a stage.")
    ResponseEntity<DealJson> patch(
            @PathVariable long id,
            @RequestBody @Schema(implementation = DealJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Deal deal = crm.deals().update(id, DealJson.update(body, JsonInput.Mode.PARTIAL, ifMatch));
        return Responses.ok(DealJson.of(deal), deal.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a deal", description = "Its tasks stay, without a deal.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        crm.deals().deleteById(id);
        return ResponseEntity.noContent().build();
    }
}
