package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.Deleted;
import dev.crmkit.agent.tool.IdTool;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.service.AggregateService;
import java.util.List;
import java.util.function.Function;

/**
 * The tools every aggregate has alike, declared once: {@code get_<noun>}, which answers the
 * record's full view, and {@code delete_<noun>}, which the host confirms first and which deletes
 * through the aggregate's service (with its cascades and events). Part of each aggregate's {@link
 * AggregateTools}, which derives it from the aggregate's name, service and view; the pipelines, whose
 * other tools are their own, hold one directly. {@link CrmToolset} adds its tools beside the record's own
 * methods.
 *
 * @param <O>            the aggregate's tool record
 * @param <T>            the aggregate
 * @param noun           the aggregate's name in tool names and results, e.g. {@code contact}
 * @param getDescription what {@code get_<noun>} does
 * @param deleteEffect   what {@code delete_<noun>} does, before the confirmation note
 * @param service        the aggregate's service, from its tool record
 * @param view           the record's full view
 */
record ByIdTools<O, T extends CrmRecord>(
        String noun,
        String getDescription,
        String deleteEffect,
        Function<O, AggregateService<T, ?>> service,
        Function<T, ?> view) {

    /**
     * @param <O>       the aggregate's tool record
     * @param <T>       the aggregate
     * @param noun      the aggregate's name in tool names and results
     * @param service   the aggregate's service, from its tool record
     * @param view      the record's full view
     * @return the tools described plainly: "Get one {@code <noun>} by its id." and "Delete a {@code <noun>}."
     */
    static <O, T extends CrmRecord> ByIdTools<O, T> of(
            String noun, Function<O, AggregateService<T, ?>> service, Function<T, ?> view) {
        return new ByIdTools<>(noun, "Get one " + noun + " by its id.", "Delete a " + noun + ".", service, view);
    }

    /**
     * @param description what {@code get_<noun>} does
     * @return these tools with that description
     */
    ByIdTools<O, T> getting(String description) {
        return new ByIdTools<>(noun, description, deleteEffect, service, view);
    }

    /**
     * @param effect what {@code delete_<noun>} does, before the confirmation note
     * @return these tools with that description
     */
    ByIdTools<O, T> deleting(String effect) {
        return new ByIdTools<>(noun, getDescription, effect, service, view);
    }

    /** @return {@code delete_<noun>} and {@code get_<noun>}, over the tool record they are added with */
    List<IdTool<O>> tools() {
        String id = noun + " id";
        return List.of(
                new IdTool<O>(
                        "get_" + noun,
                        getDescription,
                        id,
                        false,
                        (tools, recordId) -> view.apply(service.apply(tools).getById(recordId))),
                new IdTool<O>(
                        "delete_" + noun,
                        deleteEffect + " The user must confirm it first.",
                        id,
                        true,
                        (tools, recordId) -> {
                            service.apply(tools).deleteById(recordId);
                            return new Deleted(noun, recordId);
                        }));
    }
}
