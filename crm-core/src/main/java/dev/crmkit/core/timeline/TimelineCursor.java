package dev.crmkit.core.timeline;

import dev.crmkit.core.kernel.StorageLimits;
import dev.crmkit.core.kernel.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position a timeline page continues from: the instant, source and id of the last entry of
 * the previous page. Callers see it only as opaque URL-safe text ({@link #encode()}).
 *
 * @param at the last entry's instant
 * @param source the last entry's source
 * @param id the last entry's id
 */
public record TimelineCursor(Instant at, TimelineSource source, long id) {

    private static final String FORMAT = "t1";
    private static final String SEPARATOR = "\0";

    /**
     * {@return the cursor that continues after this entry}
     *
     * @param entry the last entry of a page
     */
    public static TimelineCursor after(TimelineEntry entry) {
        return new TimelineCursor(entry.at(), entry.source(), entry.id());
    }

    /** {@return the opaque text form} */
    public String encode() {
        String plain = String.join(SEPARATOR, FORMAT, at.toString(), source.name(), Long.toString(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor's text form.
     *
     * @param text what {@link #encode()} returned
     * @return the cursor
     * @throws ValidationException on field {@code cursor} when the text is not a timeline cursor
     */
    public static TimelineCursor decode(String text) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length == 4 && parts[0].equals(FORMAT)) {
                Instant at = Instant.parse(parts[1]);
                if (StorageLimits.isStorable(at)) {
                    return new TimelineCursor(at, TimelineSource.valueOf(parts[2]), Long.parseLong(parts[3]));
                }
            }
        } catch (RuntimeException e) {
            // reported below, as any text that is not a cursor
        }
        throw new ValidationException("cursor", "is not a cursor returned by this timeline");
    }
}
