package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.ValidationException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The API's optimistic locking and response shapes. Every resource has a {@code version}; a GET
 * returns it also as the {@code ETag} ({@code "3"}), and an update may name the version it is
 * based on either by {@code If-Match: "3"} or by {@code "version": 3} in the body (the header wins).
 * A stale version is refused with 409; an update naming no version simply applies.
 */
final class Responses {

    private Responses() {}

    static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** 201 with the new resource's address and version. */
    static <T> ResponseEntity<T> created(long id, T body, long version) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.created(location).eTag(etag(version)).body(body);
    }

    /**
     * @param ifMatch the {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code *}
     * @param bodyVersion the body's {@code version}
     * @return the version the update must be based on, or {@code null} for none
     * @throws ValidationException on an {@code If-Match} that is not a version this API issued
     */
    static @Nullable Long expectedVersion(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ValidationException("if_match", "must be an ETag this API returned, such as \"3\"");
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
