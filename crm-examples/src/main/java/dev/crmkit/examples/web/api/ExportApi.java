package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.transfer.ExportFormat;
import dev.crmkit.core.transfer.Exporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/{contacts,companies,deals,tasks,pipelines}/export?format=csv|jsonl}: every record the
 * list's filters match, streamed as it is read in keyset pages ({@link Exporter}), so an export of
 * any size holds neither the server's memory nor a long transaction.
 */
@RestController
@RequestMapping(path = "/api/v1")
@Tag(name = "export")
record ExportApi(Crm crm) {

    private static final String FORMAT = "format is csv (RFC 4180, a header line) or jsonl (JSON Lines);"
            + " the other parameters are the list's filters.";

    @GetMapping("/contacts/export")
    @Operation(summary = "Export contacts", description = FORMAT)
    ResponseEntity<StreamingResponseBody> contacts(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String company) {
        ContactQuery query = ContactQuery.all().withText(q).withCompany(company);
        return stream("contacts", format, (exporter, f) -> out -> exporter.contacts(query, f, out));
    }

    @GetMapping("/companies/export")
    @Operation(summary = "Export companies", description = FORMAT)
    ResponseEntity<StreamingResponseBody> companies(
            @RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) @Nullable String q) {
        CompanyQuery query = CompanyQuery.all().withText(q);
        return stream("companies", format, (exporter, f) -> out -> exporter.companies(query, f, out));
    }

    @GetMapping("/deals/export")
    @Operation(summary = "Export deals", description = FORMAT)
    ResponseEntity<StreamingResponseBody> deals(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(name = "pipeline_id", required = false) @Nullable Long pipelineId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "contact_id", required = false) @Nullable Long contactId,
            @RequestParam(required = false) @Nullable String outcome) {
        DealQuery query = DealQuery.all()
                .inPipeline(pipelineId)
                .withStatus(status)
                .withContact(contactId)
                .withOutcome(outcome == null || outcome.isBlank() ? null : Keys.outcome(outcome));
        return stream("deals", format, (exporter, f) -> out -> exporter.deals(query, f, out));
    }

    @GetMapping("/tasks/export")
    @Operation(summary = "Export tasks", description = FORMAT)
    ResponseEntity<StreamingResponseBody> tasks(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(name = "contact_id", required = false) @Nullable Long contactId,
            @RequestParam(name = "deal_id", required = false) @Nullable Long dealId) {
        TaskQuery query = TaskQuery.all().withContact(contactId).withDeal(dealId);
        return stream("tasks", format, (exporter, f) -> out -> exporter.tasks(query, f, out));
    }

    @GetMapping("/pipelines/export")
    @Operation(summary = "Export pipelines with their stages", description = FORMAT)
    ResponseEntity<StreamingResponseBody> pipelines(@RequestParam(defaultValue = "csv") String format) {
        return stream("pipelines", format, (exporter, f) -> out -> exporter.pipelines(PipelineQuery.all(), f, out));
    }

    /** How one resource is written once the format is known. */
    @FunctionalInterface
    private interface Export {
        Body of(Exporter exporter, ExportFormat format);
    }

    /** Writes the export to the response. */
    @FunctionalInterface
    private interface Body {
        void write(Writer out);
    }

    private ResponseEntity<StreamingResponseBody> stream(String name, String formatName, Export export) {
        ExportFormat format;
        try {
            format = ExportFormat.of(formatName);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("format", "must be csv or jsonl");
        }
        Body body = export.of(new Exporter(crm), format);
        String file = name + (format == ExportFormat.CSV ? ".csv" : ".jsonl");
        StreamingResponseBody stream = response -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(response, StandardCharsets.UTF_8));
            body.write(out);
            out.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(stream);
    }
}
