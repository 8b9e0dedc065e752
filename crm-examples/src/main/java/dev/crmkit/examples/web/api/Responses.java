package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.web.problem.ApiException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The API's optimistic locking and response shapes. Every resource has a {@code version}; a GET
 * returns it also as the {@code ETag} ({@code "3"}), and an update may name the version it is
 * based on either by {@code If-Match: "3"} or by {@code "version": 3} in the body (the header wins).
 * An {@code If-Match} list ({@code "3", "4"}) holds when any of its tags is current. A stale version
 * is refused with 409 (for a list, one naming all its versions: {@link #stale}); an update naming no
 * version simply applies.
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
     * @param ifMatch the {@code If-Match} header: {@code "3"}, {@code W/"3"}, {@code *}, or a list
     *     of tags that {@link #matching} narrowed to one
     * @param bodyVersion the body's {@code version}
     * @return the version the update must be based on, or {@code null} for none
     * @throws ValidationException on an {@code If-Match} that is not a version this API issued
     */
    static @Nullable Long expectedVersion(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return bodyVersion;
        }
        List<Long> versions = versions(ifMatch);
        if (versions.size() != 1) {
            throw new IllegalStateException("an If-Match list reached the update without being narrowed to one tag");
        }
        return versions.get(0);
    }

    /**
     * Narrows an {@code If-Match} list to the one tag that decides. RFC 9110 (section 13.1.1) makes
     * the header a list and its condition true when any listed tag matches the current one: the
     * current version's tag when the list holds it, else the list's first tag, which is stale and
     * refused with 409 as a single stale tag is, the problem naming the whole list ({@link #stale}).
     * The version is then checked again where the record is written, so a change in between is
     * still caught. A single tag or {@code *} comes back as it is, without reading the record.
     *
     * @param ifMatch the {@code If-Match} header, e.g. {@code "3", "4"}
     * @param currentVersion reads the record's current version; called only for a list
     * @return the one tag to check, or {@code null} for no header
     * @throws ValidationException (field {@code if_match}) on a value that is not {@code *} or a
     *     comma-separated list of ETags this API returned
     */
    static @Nullable String matching(@Nullable String ifMatch, LongSupplier currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ifMatch;
        }
        List<Long> versions = versions(ifMatch);
        if (versions.size() == 1) {
            return etag(versions.get(0));
        }
        long current = currentVersion.getAsLong();
        return etag(versions.contains(current) ? current : versions.get(0));
    }

    /**
     * Runs a write this {@code If-Match} guards; a stale-version refusal is thrown as {@link #stale}
     * makes it.
     *
     * @param ifMatch the request's {@code If-Match} header, as sent
     * @param write the write, which checks the tag {@link #matching} chose
     * @return what the write returns
     */
    static <T> T guarded(@Nullable String ifMatch, Supplier<T> write) {
        try {
            return write.get();
        } catch (StaleVersionException e) {
            throw stale(ifMatch, e);
        }
    }

    /**
     * The 409 of a write guarded by this {@code If-Match}. The write checked one tag ({@link
     * #matching}); when the header listed several, none of them was current, so the problem names
     * them all ({@code expected_versions}) rather than the one checked, as a single tag's problem
     * names its {@code expected_version}.
     *
     * @param ifMatch the request's {@code If-Match} header, as sent
     * @param e the write's refusal
     * @return the exception to throw: {@code e} itself unless the header listed several versions
     */
    private static RuntimeException stale(@Nullable String ifMatch, StaleVersionException e) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return e;
        }
        List<Long> listed = versions(ifMatch);
        if (listed.size() < 2) {
            return e;
        }
        String versions = listed.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new ApiException(
                HttpStatus.CONFLICT,
                "stale-version",
                e.entity() + " " + e.id() + " was modified concurrently: none of the versions If-Match lists ("
                        + versions + ") is current; read it again and retry",
                Map.of("entity", e.entity(), "id", e.id(), "expected_versions", listed));
    }

    /**
     * The versions an {@code If-Match} names: {@code 1#entity-tag} of RFC 9110, each tag {@code
     * "3"} or {@code W/"3"}, empty list elements skipped as the RFC asks; distinct, in order.
     */
    private static List<Long> versions(String ifMatch) {
        Set<Long> versions = new LinkedHashSet<>();
        int at = 0;
        int end = ifMatch.length();
        while (true) {
            at = skipSpaces(ifMatch, at);
            if (at < end && ifMatch.charAt(at) != ',') {
                if (ifMatch.startsWith("W/", at)) {
                    at += 2;
                }
                int close = at < end && ifMatch.charAt(at) == '"' ? ifMatch.indexOf('"', at + 1) : -1;
                if (close < 0) {
                    throw badIfMatch();
                }
                try {
                    versions.add(Long.parseLong(ifMatch.substring(at + 1, close)));
                } catch (NumberFormatException e) {
                    throw badIfMatch();
                }
                at = skipSpaces(ifMatch, close + 1);
            }
            if (at >= end) {
                break;
            }
            if (ifMatch.charAt(at) != ',') {
                throw badIfMatch();
            }
            at++;
        }
        if (versions.isEmpty()) {
            throw badIfMatch();
        }
        return List.copyOf(versions);
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private static ValidationException badIfMatch() {
        return new ValidationException(
                "if_match", "must be * or ETags this API returned, such as \"3\" or \"3\", \"4\"");
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
