package dev.crmkit.examples.web.page;

import org.jspecify.annotations.Nullable;

/**
 * One changed field of a History entry as the record's page reads: the label its form gives the
 * field, and the value before and after in the page's formats.
 *
 * @param label the form's label: {@code First name}, {@code Stage}, a custom field's label
 * @param before the value before
 * @param after the value after
 */
public record ChangeLine(String label, Value before, Value after) {

    /**
     * A value as the page shows it, linking to the record it names when that record still exists.
     *
     * @param text what the page shows: {@code Pilot}, {@code $3,000}, {@code Ada Lovelace}, {@code —} for none
     * @param href the page of the record the value names, or {@code null}
     */
    public record Value(String text, @Nullable String href) {

        /** No value. */
        static final Value NONE = new Value("—", null);

        static Value text(String text) {
            return new Value(text, null);
        }
    }
}
