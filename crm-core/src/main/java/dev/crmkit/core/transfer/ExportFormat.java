package dev.crmkit.core.transfer;

import java.util.Locale;

/** How {@link Exporter} writes records. */
public enum ExportFormat {
    /** RFC 4180 CSV: a header line of field names, then one record per line, CRLF line ends. */
    CSV,
    /** JSON Lines: one JSON object per line, field name to value, {@code null} for an absent value. */
    JSONL;

    /**
     * {@return the format named {@code csv} or {@code jsonl}, in any letter case}
     *
     * @param name the format's name
     * @throws IllegalArgumentException for any other name
     */
    public static ExportFormat of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "jsonl", "ndjson" -> JSONL;
            default -> throw new IllegalArgumentException("format must be csv or jsonl, not " + name);
        };
    }

    /** {@return the media type to serve this format with} */
    public String mediaType() {
        return this == CSV ? "text/csv; charset=UTF-8" : "application/x-ndjson";
    }
}
