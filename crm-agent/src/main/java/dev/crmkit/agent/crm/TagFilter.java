package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.tag.TagNames;
import dev.langchain4j.agent.tool.P;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search tool's tag filter: its parameter {@code tag}, which the dispatcher expands this record into,
 * just before the search's {@link SortedPaging}. Declared once here, so every taggable aggregate's search
 * describes and bounds it alike.
 *
 * @param tag the one tag the results must carry; null or blank for any
 */
record TagFilter(
        @P("only those carrying this tag, e.g. vip") @MaxLength(TagNames.NAME_MAX) @Nullable
        String tag) {

    /** @return the query's tags: none when absent or blank, else the one tag */
    List<String> tags() {
        return tag == null || tag.isBlank() ? List.of() : List.of(tag);
    }
}
