package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.CheckedArguments;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.query.SortField;
import dev.langchain4j.agent.tool.P;
import org.jspecify.annotations.Nullable;

/**
 * The order and page of a search tool's results: its last parameters, {@code sort}, {@code direction},
 * {@code limit} and {@code cursor}, which the dispatcher expands this record into. A search tool
 * declares them by naming its aggregate's sort enum: {@code SortedPaging<ContactSort> paging}.
 *
 * @param sort the field to sort by; null for the id
 * @param direction ascending or descending; null for ascending
 * @param paging the limit and the cursor
 * @param <S> the aggregate's sort enum
 */
record SortedPaging<S extends Enum<S> & SortField<?>>(
        @P("default id") @Nullable S sort,

        @P("default asc") @Nullable SortDirection direction,

        Paging paging) implements CheckedArguments<Object> {

    /** @throws dev.crmkit.core.kernel.ValidationException as {@link Paging#check} */
    @Override
    public void check(Object tools) {
        paging.check(tools);
    }

    /**
     * @param byId the aggregate's sort by id, which the {@code sort} parameter's description promises as the default
     * @return the page request, without a total
     * @throws dev.crmkit.core.kernel.ValidationException on a limit out of range or a cursor of another order
     */
    PageRequest<S> request(S byId) {
        return paging.sortedBy(sort == null ? byId : sort, direction == null ? SortDirection.ASC : direction);
    }
}
