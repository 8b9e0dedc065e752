package dev.crmkit.core.query;

import org.jspecify.annotations.Nullable;

/**
 * The position a page continues from: the sort value and id of the last row of the previous
 * page. An adapter returns the rows strictly after it in the order (sort value, id), both in the
 * query's direction, where a missing value sorts after every value. In SQL, for ascending order:
 *
 * <pre>
 * value present: (col &gt; :value OR (col = :value AND id &gt; :id) OR col IS NULL)
 * value absent:  (col IS NULL AND id &gt; :id)
 * </pre>
 *
 * and for descending order:
 *
 * <pre>
 * value present: (col &lt; :value OR (col = :value AND id &lt; :id))
 * value absent:  (col IS NULL AND id &lt; :id) OR col IS NOT NULL
 * </pre>
 *
 * with {@code ORDER BY col IS NULL, col, id} (ascending) or {@code ORDER BY col IS NOT NULL,
 * col DESC, id DESC} (descending) — the null terms only for nullable fields.
 *
 * @param value the sort value of the last row, {@code null} when that row had none
 * @param id the id of the last row
 */
public record Keyset(@Nullable Object value, long id) {}
