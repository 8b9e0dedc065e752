package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.duplicate.DuplicateGroup;
import dev.crmkit.core.duplicate.DuplicatePage;
import dev.crmkit.core.duplicate.DuplicateReason;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/v1/duplicates/contacts} and {@code /companies}: groups of likely
 * duplicates, by reason then key.
 *
 * @param items the groups
 * @param nextCursor the cursor of the next page (pass it as {@code cursor}), null on the last page
 * @param <J> the records' JSON
 */
public record DuplicateJson<J>(
        List<GroupJson<J>> items,
        @JsonProperty("next_cursor") @Nullable String nextCursor) {

    /**
     * Records that are likely one.
     *
     * @param reason what they were found by: {@code same_email}, {@code same_phone}, {@code similar_name}
     * @param key the key they share
     * @param size how many records share it (the first 20 are listed)
     * @param score 0-100: how likely they are one
     * @param reasons every reason that holds for all listed records
     * @param records the records, by id
     * @param <J> the records' JSON
     */
    public record GroupJson<J>(String reason, String key, int size, int score, List<String> reasons, List<J> records) {}

    static <T, J> DuplicateJson<J> of(DuplicatePage<T> page, Function<T, J> json) {
        return new DuplicateJson<>(
                page.groups().stream().map(group -> group(group, json)).toList(), page.next());
    }

    private static <T, J> GroupJson<J> group(DuplicateGroup<T> group, Function<T, J> json) {
        return new GroupJson<>(
                group.reason().code(),
                group.key(),
                group.size(),
                group.score(),
                group.reasons().stream().sorted().map(DuplicateReason::code).toList(),
                group.records().stream().map(json).toList());
    }
}
