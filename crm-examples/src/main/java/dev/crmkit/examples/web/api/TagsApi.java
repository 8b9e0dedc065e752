package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.Crm;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagUsage;
import dev.crmkit.examples.web.problem.ApiValidationException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/tags}: the tags used on contacts and deals with how many records carry each,
 * renaming one, deleting one (which takes it off every record). Records are tagged through their
 * own {@code tags} array; a tag is created by its first use.
 */
@ApiController(path = "/api/v1/tags", tag = "tags")
record TagsApi(Crm crm) {

    /** A tag as the API shows it. */
    record TagJson(
            long id,
            String name,
            long count,
            @JsonProperty("created_at") Instant createdAt) {

        static TagJson of(TagUsage usage) {
            Tag tag = usage.tag();
            return new TagJson(tag.id(), tag.name(), usage.count(), tag.createdAt());
        }
    }

    /** The tags, ordered by name ignoring case. */
    record TagListJson(List<TagJson> items) {}

    @GetMapping
    @Operation(
            summary = "List tags",
            description = "Every tag, ordered by name ignoring case, with count: the records carrying it.")
    TagListJson list() {
        return new TagListJson(crm.tags().list().stream().map(TagJson::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a tag")
    TagJson get(@PathVariable long id) {
        return usage(crm.tags().getById(id).id());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rename a tag",
            description = "Body {\"name\": \"...\"}; 409 when another tag has the name, ignoring case.")
    ResponseEntity<TagJson> replace(@PathVariable long id, @RequestBody JsonNode body) {
        return rename(id, body);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(
            summary = "Rename a tag",
            description = "Body {\"name\": \"...\"}; 409 when another tag has the name, ignoring case.")
    ResponseEntity<TagJson> rename(@PathVariable long id, @RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new ApiValidationException(Map.of("body", "must be a JSON object"));
        }
        for (String field : body.propertyNames()) {
            if (!Set.of("name", "id", "count", "created_at").contains(field)) {
                throw new ApiValidationException(Map.of(field, "is not a field of this resource; the fields are name"));
            }
        }
        JsonNode name = body.get("name");
        if (name == null) {
            throw new ApiValidationException(Map.of("name", "is required"));
        }
        if (!name.isString()) {
            throw new ApiValidationException(Map.of("name", "must be a string"));
        }
        Tag renamed = crm.tags().rename(id, name.asString());
        return ResponseEntity.ok(usage(renamed.id()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a tag", description = "Takes it off every contact and deal carrying it.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        crm.tags().delete(id);
        return ResponseEntity.noContent().build();
    }

    private TagJson usage(long id) {
        return crm.tags().list().stream()
                .filter(usage -> usage.tag().id() == id)
                .findFirst()
                .map(TagJson::of)
                .orElseThrow(() -> new dev.crmkit.core.kernel.NotFoundException("tag", id));
    }
}
