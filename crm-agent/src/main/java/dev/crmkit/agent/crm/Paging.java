package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.CheckedArguments;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.query.SortField;
import dev.langchain4j.agent.tool.P;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list tool's results: its last parameters, {@code limit} and {@code cursor}, which
 * the dispatcher expands this record into. Declared once here, so every list tool describes and
 * bounds them alike.
 *
 * @param limit how many, 1 to {@value #MAX_LIMIT}; null for {@value #DEFAULT_LIMIT}
 * @param cursor the {@code nextCursor} of the previous page; null for the first page
 */
record Paging(
        @P("how many, 1 to " + Paging.MAX_LIMIT + ", default " + Paging.DEFAULT_LIMIT) @Nullable
        Long limit,

        @P("a page's nextCursor, for the next page") @MaxLength(Paging.CURSOR_MAX) @Nullable
        String cursor)
        implements CheckedArguments<Object> {

    /** Results a model gets when it does not ask for a number: enough to answer, cheap in context. */
    static final int DEFAULT_LIMIT = 20;
    /** The most a model may ask for; crm-core serves more, a model's context does not hold them. */
    static final int MAX_LIMIT = 100;
    /** Long enough for every cursor crm-core issues. */
    static final int CURSOR_MAX = 600;

    /**
     * @return this page of the results in this order, without a total
     * @throws ValidationException on a limit out of range or a cursor of another order
     */
    <S extends SortField<?>> PageRequest<S> sortedBy(S sort, SortDirection direction) {
        return new PageRequest<>(sort, direction, size(), cursor, false);
    }

    /** @throws ValidationException on a limit out of range, for a call whose other arguments broke the schema */
    @Override
    public void check(Object tools) {
        size();
    }

    int size() {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit.intValue();
    }
}
