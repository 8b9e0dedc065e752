package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.examples.web.problem.ApiValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code tags} array of a taggable resource (contacts, companies, deals): read from a request body,
 * written with the record in one transaction, and read back for one record or one page (one query
 * for the whole page). A record's tags are not versioned fields: changing only them keeps the
 * record's version and ETag.
 */
final class TagsJson {

    private TagsJson() {}

    /**
     * The body's {@code tags}: absent leaves the tags on PATCH and clears them on POST and PUT;
     * {@code null} clears; otherwise an array of names, normalized.
     *
     * @throws ApiValidationException (field {@code tags}) when it is not an array of valid names
     */
    static Patch<List<String>> read(JsonNode body, JsonInput.Mode mode) {
        JsonNode node = body.isObject() ? body.get("tags") : null;
        if (node == null) {
            return mode == JsonInput.Mode.FULL ? Patch.clear() : Patch.unchanged();
        }
        if (node.isNull()) {
            return Patch.clear();
        }
        if (!node.isArray()) {
            throw new ApiValidationException(Map.of("tags", "must be an array of tag names"));
        }
        List<String> names = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isString()) {
                throw new ApiValidationException(Map.of("tags", "must be an array of tag names"));
            }
            names.add(element.asString());
        }
        try {
            return Patch.set(TagNames.normalizeAll("tags", names));
        } catch (ValidationException e) {
            throw new ApiValidationException(e.errors());
        }
    }

    /**
     * The body's tags ({@link #read}) as an update takes them: the record's tags from now on (empty
     * for {@code null}, and for absent on PUT), or {@code null} to leave them (absent on PATCH).
     */
    static @Nullable List<String> change(Patch<List<String>> tags) {
        return tags.isPresent() ? Objects.requireNonNullElse(tags.applyTo(null), List.of()) : null;
    }

    /**
     * Runs {@code write} (a create of the record) and sets its tags as the body asked ({@link
     * #read}), in one transaction; a body without {@code tags} runs {@code write} alone. An update
     * goes through the service's update with the tags instead ({@link #change}), which applies a
     * versionless one again after a concurrent writer: a unit of work joined here could not be.
     */
    static <R extends CrmRecord> R write(Crm crm, TaggableKind kind, Patch<List<String>> tags, Supplier<R> write) {
        if (!tags.isPresent()) {
            return write.get();
        }
        return crm.inTransaction(() -> {
            R record = write.get();
            if (tags.isPresent()) {
                List<String> names = tags.applyTo(List.of());
                crm.tags().replace(kind, record.id(), names == null ? List.of() : names);
            }
            return record;
        });
    }

    /** One page as JSON, the tags of all its records read in one query. */
    static <R extends CrmRecord, J> PageJson<J> page(
            Crm crm, TaggableKind kind, Page<R> page, BiFunction<R, List<String>, J> json) {
        Map<Long, List<String>> tags =
                crm.tags().tagsOf(kind, page.items().stream().map(CrmRecord::id).toList());
        return PageJson.of(page, record -> json.apply(record, tags.getOrDefault(record.id(), List.of())));
    }
}
