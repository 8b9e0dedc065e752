package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.service.DuplicateService;
import dev.crmkit.examples.FieldNames;
import dev.crmkit.examples.web.problem.ApiValidationException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /api/v1/contacts/merge} and {@code /companies/merge}, and how their body
 * becomes a {@link MergeRequest}:
 *
 * <pre>{@code
 * {"survivor_id": 12, "records": [{"id": 12, "version": 3}, {"id": 15, "version": 0}],
 *  "fields": {"phone": 15}, "dry_run": true}
 * }</pre>
 *
 * @param record the survivor as stored after the merge (a dry run: as it would be)
 * @param mergedIds the records merged into it, moved to the trash (a dry run: that would be)
 * @param relinked kind of related row → how many moved to the survivor
 * @param dryRun whether nothing was written
 * @param changeSetId the change set of the merge, which {@code POST /api/v1/change-sets/{id}/undo}
 *     reverts; null for a dry run
 * @param <J> the record's JSON
 */
public record MergeJson<J>(
        J record,
        @JsonProperty("merged_ids") List<Long> mergedIds,
        Map<String, Integer> relinked,
        @JsonProperty("dry_run") boolean dryRun,
        @JsonProperty("change_set_id") @Nullable String changeSetId) {

    private static final Set<String> FIELDS = Set.of("survivor_id", "records", "fields", "dry_run");

    /**
     * The request body, as the API description shows it (the body is read by {@link #request}).
     *
     * @param survivorId the record kept
     * @param records every merged record with the version it was read at, the survivor's too
     * @param fields field name → the id of the record to take it from
     * @param dryRun when true nothing is written
     */
    @Schema(name = "MergeRequest", description = "Records to merge into one, and where each field comes from.")
    public record Body(
            @JsonProperty(value = "survivor_id", required = true) @Schema(description = "the id of the record kept")
            long survivorId,

            @JsonProperty(required = true)
            @Schema(description = "every merged record's id and the version it was read at, 2 to 20")
            List<Version> records,

            @Schema(description = "field name (snake_case) → the id of the record to take it from") @Nullable
            Map<String, Long> fields,

            @JsonProperty("dry_run") @Schema(description = "true: answer the result, write nothing")
            boolean dryRun) {}

    /**
     * A merged record and the version the caller read.
     *
     * @param id the record's id
     * @param version its version
     */
    @Schema(name = "MergeRecordVersion", description = "A record and the version it was read at.")
    public record Version(
            @JsonProperty(required = true) @Schema(description = "the record's id")
            long id,

            @JsonProperty(required = true) @Schema(description = "the version it was read at")
            long version) {}

    static <T, J> MergeJson<J> of(MergeResult<T> result, Function<T, J> json) {
        return new MergeJson<>(
                json.apply(result.record()),
                result.mergedIds(),
                result.relinked(),
                result.dryRun(),
                result.changeSetId().orElse(null));
    }

    /**
     * Reads the body, reporting every problem at once in snake_case.
     *
     * @throws ApiValidationException when the body is not a merge request
     */
    static MergeRequest request(JsonNode body, DuplicateKind kind) {
        if (!body.isObject()) {
            throw new ValidationException("body", "must be a JSON object");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.put(
                        name, "is not a field of a merge; the fields are " + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        long survivor = id(body.get("survivor_id"), "survivor_id", errors);
        Map<Long, Long> versions = new LinkedHashMap<>();
        JsonNode records = body.get("records");
        if (records == null || !records.isArray()) {
            errors.put("records", "must be an array of {\"id\": ..., \"version\": ...}, the survivor's too");
        } else {
            for (int i = 0; i < records.size(); i++) {
                JsonNode record = records.get(i);
                long id = id(record.get("id"), "records[" + i + "].id", errors);
                JsonNode version = record.get("version");
                if (version == null
                        || !version.isIntegralNumber()
                        || !version.canConvertToLong()
                        || version.asLong() < 0) {
                    errors.put("records[" + i + "].version", "must be the version the record was read at");
                } else if (id > 0 && versions.put(id, version.asLong()) != null) {
                    errors.put("records[" + i + "].id", "is listed twice");
                }
            }
        }
        Map<String, Long> fields = new LinkedHashMap<>();
        JsonNode chosen = body.get("fields");
        if (chosen != null && !chosen.isNull()) {
            if (!chosen.isObject()) {
                errors.put("fields", "must be an object: field name → the id of the record to take it from");
            } else {
                // Checked here, in the body's names: crm-core would list its own (customFields) to a client of the API.
                List<String> mergeable = DuplicateService.mergeFields(kind).stream()
                        .map(FieldNames::snake)
                        .toList();
                for (String field : chosen.propertyNames()) {
                    if (!mergeable.contains(field)) {
                        errors.put(
                                "fields." + field,
                                "is not a field of a " + kind.entity() + "; the fields are "
                                        + String.join(", ", mergeable));
                        continue;
                    }
                    long source = id(chosen.get(field), "fields." + field, errors);
                    fields.put(camel(field), source);
                }
            }
        }
        JsonNode dryRun = body.get("dry_run");
        if (dryRun != null && !dryRun.isNull() && !dryRun.isBoolean()) {
            errors.put("dry_run", "must be true or false");
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        try {
            return new MergeRequest(survivor, versions, fields, dryRun != null && dryRun.asBoolean(false));
        } catch (ValidationException e) {
            // crm-core's "versions" (too few or too many records) is the body's "records".
            Map<String, String> named = new LinkedHashMap<>();
            FieldNames.snake(e.errors())
                    .forEach((field, message) ->
                            named.putIfAbsent("versions".equals(field) ? "records" : field, message));
            throw new ApiValidationException(named);
        }
    }

    private static long id(JsonNode node, String name, Map<String, String> errors) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() <= 0) {
            errors.putIfAbsent(name, "must be an id: a positive whole number");
            return 0;
        }
        return node.asLong();
    }

    /** {@code first_name} → {@code firstName}: crm-core's field names. */
    static String camel(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
