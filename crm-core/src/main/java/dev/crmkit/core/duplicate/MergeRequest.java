package dev.crmkit.core.duplicate;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merge two or more records of one kind into one, the survivor:
 *
 * <pre>{@code
 * crm.duplicates().mergeContacts(MergeRequest.of(ada.id(), Map.of(ada.id(), ada.version(), copy.id(), copy.version()))
 *         .withField("phone", copy.id())
 *         .asDryRun());
 * }</pre>
 *
 * <p>Each field of the result is the survivor's when it has one, else the first non-null one of
 * the others in {@code versions}' order; {@code fields} names the record to take a field from
 * instead (its value even when null). The merge fails with a {@link
 * dev.crmkit.core.kernel.StaleVersionException} when any record's stored version is not the one
 * given, so that a merge a user confirmed never overwrites an edit they did not see.
 *
 * @param survivorId the record that stays
 * @param versions every merged record's id (the survivor's too) → the version the caller saw, in
 *     the order the others' values are preferred; 2 to {@value #RECORDS_MAX} records
 * @param fields field name → the id of the record to take it from; the names are the kind's
 *     ({@code firstName}, {@code phone}, ...)
 * @param dryRun when true nothing is written: the result shows the record and the counts a merge would give
 */
public record MergeRequest(long survivorId, Map<Long, Long> versions, Map<String, Long> fields, boolean dryRun) {

    /** Most records one merge takes. */
    public static final int RECORDS_MAX = 20;

    /**
     * Checks the request.
     *
     * @param survivorId the record that stays
     * @param versions id → expected version
     * @param fields field → source id
     * @param dryRun whether to write nothing
     * @throws dev.crmkit.core.kernel.ValidationException (field {@code versions}, {@code survivorId} or
     *     {@code fields.<name>}) when fewer than two or more than {@value #RECORDS_MAX} records are given,
     *     the survivor or a field's source is not one of them, or a version is negative
     */
    public MergeRequest {
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        FieldErrors errors = new FieldErrors();
        errors.check(
                versions.size() >= 2 && versions.size() <= RECORDS_MAX,
                "versions",
                "must name 2 to " + RECORDS_MAX + " records with their versions");
        errors.check(versions.containsKey(survivorId), "survivorId", "must be one of the merged records");
        versions.forEach((id, version) -> errors.check(version >= 0, "versions." + id, "must be 0 or more"));
        Map<Long, Long> ids = versions;
        fields.forEach((field, source) -> errors.check(
                ids.containsKey(source), "fields." + field, "must be the id of one of the merged records"));
        errors.throwIfAny();
    }

    /**
     * {@return a merge into {@code survivorId} with the default choice of every field}
     *
     * @param survivorId the record that stays
     * @param versions every merged record's id → the version the caller saw
     */
    public static MergeRequest of(long survivorId, Map<Long, Long> versions) {
        return new MergeRequest(survivorId, versions, Map.of(), false);
    }

    /**
     * {@return this request taking one field from another record}
     *
     * @param field the field's name, e.g. {@code phone}
     * @param sourceId the id of the record to take it from
     */
    public MergeRequest withField(String field, long sourceId) {
        Map<String, Long> next = new LinkedHashMap<>(fields);
        next.put(field, sourceId);
        return new MergeRequest(survivorId, versions, next, dryRun);
    }

    /** {@return this request as a dry run, which writes nothing} */
    public MergeRequest asDryRun() {
        return new MergeRequest(survivorId, versions, fields, true);
    }
}
