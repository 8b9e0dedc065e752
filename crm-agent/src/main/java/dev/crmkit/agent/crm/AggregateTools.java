package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.tool.DeclaredTool;
import dev.crmkit.agent.tool.RecordTool;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldQuery;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.VersionedUpdate;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.service.AggregateService;
import dev.crmkit.core.service.CustomizableService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The tools every aggregate has alike, declared once from its name, service and view: those by id
 * ({@link ByIdTools}: {@code get_<noun>}, {@code delete_<noun>}), {@code create_<noun>}, which answers the
 * new record's full view, {@code search_<plural>}, which answers a page of list views, and {@code
 * update_<noun>}, which takes the record's {@code id} first and answers its full view. The last three take
 * their parameters from the aggregate's argument records ({@code ContactArguments.Create}, {@code .Search},
 * {@code .Update}), which build the crm-core command, query or update ({@link Creating}, {@link Searching},
 * {@link Updating}); the create and update tools of an aggregate with custom fields take {@link
 * CustomFieldArguments} last. Each aggregate's tool record holds one of these, with its descriptions;
 * {@link CrmToolset} adds its {@link #tools()} beside the record's own methods, which are only its special
 * operations.
 *
 * @param <O>          the aggregate's tool record
 * @param <T>          the aggregate
 * @param <N>          the command that creates one
 * @param <Q>          the query that lists them
 * @param <U>          the partial update of one
 * @param plural       the aggregate's plural, in {@code search_<plural>}
 * @param byId         its tools by id, which name the noun
 * @param view         the record's view: full ({@code true}) or in a list
 * @param customFields for an aggregate whose create and update tools take {@code customFields}, the check of
 *                     their values when the other arguments are bad ({@link CustomFieldErrors}); null for one
 *                     without custom fields. The create and update tools answer arguments that break their
 *                     schema with the errors of their command and custom field values too ({@link
 *                     RecordTool.Check}), so every error of a call comes in one answer
 * @param create       creates a record through the aggregate's service
 * @param find         finds a page of records through it
 * @param update       updates a record through it
 * @param declared     the create, search and update tools declared so far
 */
record AggregateTools<O, T extends CrmRecord, N, Q, U>(
        String plural,
        ByIdTools<O, T> byId,
        BiFunction<T, Boolean, ?> view,
        @Nullable Function<O, CustomFieldErrors> customFields,
        Create<O, T, N> create,
        BiFunction<O, Q, Page<T>> find,
        Update<O, T, U> update,
        List<RecordTool<O>> declared) {

    /** A create tool's argument record: the fields of the new record. @param <N> the command */
    interface Creating<N> {
        /** @return the crm-core command the fields make */
        N command();
    }

    /** A search tool's argument record: its filters and paging. @param <Q> the query */
    interface Searching<Q> {
        /**
         * @return the crm-core query the filters make; also the check of a call that broke the tool's schema
         * @throws dev.crmkit.core.kernel.ValidationException naming every filter, limit or cursor it refuses
         */
        Q query();
    }

    /** An update tool's argument record: the fields that change. @param <U> the update */
    interface Updating<U> {
        /** @return the crm-core update the fields make */
        U update();
    }

    /** A create through the aggregate's service; {@code custom} is none for an aggregate without custom fields. */
    @FunctionalInterface
    interface Create<S, T, N> {
        /** @return the record created */
        T create(S service, N command, CustomFieldArguments custom);
    }

    /** An update through the aggregate's service; {@code custom} is none for an aggregate without custom fields. */
    @FunctionalInterface
    interface Update<S, T, U> {
        /** @return the record as updated */
        T update(S service, long id, U update, CustomFieldArguments custom);
    }

    /**
     * @return the tools of an aggregate with custom fields, through its {@link CustomizableService}; only
     *     those by id declared yet
     */
    static <
                    O extends CustomFieldErrors.Defined,
                    T extends CrmRecord & CustomizableRecord<T>,
                    N,
                    Q extends PagedQuery<Q, ?> & CustomFieldQuery<Q>,
                    U extends VersionedUpdate,
                    S extends CustomizableService<T, ?, N, U, Q>>
            AggregateTools<O, T, N, Q, U> customizable(
                    String noun,
                    String plural,
                    CustomFieldKind kind,
                    Function<O, S> service,
                    BiFunction<T, Boolean, ?> view) {
        return AggregateTools.<O, T, N, Q, U, S>of(
                        noun,
                        plural,
                        service,
                        view,
                        (records, command, custom) -> records.create(command, custom.values()),
                        CustomizableService::find,
                        (records, id, changes, custom) -> records.update(id, changes, custom.customFields()))
                .withCustomFields(tools -> new CustomFieldErrors(kind, tools.customFieldDefinitions()));
    }

    /**
     * @return the tools of an aggregate without custom fields, through these calls of its service; only
     *     those by id declared yet
     */
    static <O, T extends CrmRecord, N, Q, U, S extends AggregateService<T, ?>> AggregateTools<O, T, N, Q, U> of(
            String noun,
            String plural,
            Function<O, S> service,
            BiFunction<T, Boolean, ?> view,
            Create<S, T, N> create,
            BiFunction<S, Q, Page<T>> find,
            Update<S, T, U> update) {
        return new AggregateTools<>(
                plural,
                ByIdTools.of(noun, service::apply, record -> view.apply(record, true)),
                view,
                null,
                (tools, command, custom) -> create.create(service.apply(tools), command, custom),
                (tools, query) -> find.apply(service.apply(tools), query),
                (tools, id, changes, custom) -> update.update(service.apply(tools), id, changes, custom),
                List.of());
    }

    /**
     * @param errors the check of the custom field values of a call whose other arguments are bad
     * @return these tools, whose create and update take {@link CustomFieldArguments} last
     */
    private AggregateTools<O, T, N, Q, U> withCustomFields(Function<O, CustomFieldErrors> errors) {
        return new AggregateTools<>(plural, byId, view, errors, create, find, update, declared);
    }

    /**
     * @param description what {@code get_<noun>} does
     * @return these tools with that description
     */
    AggregateTools<O, T, N, Q, U> getting(String description) {
        return new AggregateTools<>(
                plural, byId.getting(description), view, customFields, create, find, update, declared);
    }

    /**
     * @param effect what {@code delete_<noun>} does, before the confirmation note
     * @return these tools with that description
     */
    AggregateTools<O, T, N, Q, U> deleting(String effect) {
        return new AggregateTools<>(plural, byId.deleting(effect), view, customFields, create, find, update, declared);
    }

    /**
     * @param <A>         the argument record
     * @param arguments   the fields of {@code create_<noun>}
     * @param description what the tool does, with an example call
     * @return these tools and {@code create_<noun>}
     */
    <A extends Record & Creating<N>> AggregateTools<O, T, N, Q, U> creating(Class<A> arguments, String description) {
        return with(new RecordTool<O>(
                "create_" + byId.noun(),
                description,
                null,
                withCustomFields(arguments),
                false,
                (tools, given) -> {
                    CustomFieldArguments custom = custom(given);
                    N command = built(tools, () -> given.get(arguments).command(), custom, false);
                    return view.apply(create.create(tools, command, custom), true);
                },
                (tools, given) -> check(tools, () -> given.get(arguments).command(), custom(given), false)));
    }

    /**
     * @param <A>         the argument record
     * @param arguments   the filters and paging of {@code search_<plural>}
     * @param description what the tool does, with an example call
     * @return these tools and {@code search_<plural>}
     */
    <A extends Record & Searching<Q>> AggregateTools<O, T, N, Q, U> searching(Class<A> arguments, String description) {
        return with(new RecordTool<O>(
                "search_" + plural,
                description,
                null,
                List.of(arguments),
                false,
                (tools, given) -> PageView.of(
                        find.apply(tools, given.get(arguments).query()), record -> view.apply(record, false)),
                (tools, given) -> given.get(arguments).query()));
    }

    /**
     * @param <A>         the argument record
     * @param arguments   the fields {@code update_<noun>} changes
     * @param description what the tool does, with an example call
     * @return these tools and {@code update_<noun>}, which takes the {@code <noun> id} first
     */
    <A extends Record & Updating<U>> AggregateTools<O, T, N, Q, U> updating(Class<A> arguments, String description) {
        return with(new RecordTool<O>(
                "update_" + byId.noun(),
                description,
                byId.noun() + " id",
                withCustomFields(arguments),
                false,
                (tools, given) -> {
                    CustomFieldArguments custom = custom(given);
                    U changes = built(tools, () -> given.get(arguments).update(), custom, true);
                    return view.apply(update.update(tools, given.id(), changes, custom), true);
                },
                (tools, given) -> check(tools, () -> given.get(arguments).update(), custom(given), true)));
    }

    /** @return the tools by id and those declared, to add beside the tool record's methods */
    List<DeclaredTool<O>> tools() {
        return Stream.<DeclaredTool<O>>concat(byId.tools().stream(), declared.stream())
                .toList();
    }

    private AggregateTools<O, T, N, Q, U> with(RecordTool<O> tool) {
        List<RecordTool<O>> more = new ArrayList<>(declared);
        more.add(tool);
        return new AggregateTools<>(plural, byId, view, customFields, create, find, update, List.copyOf(more));
    }

    private List<Class<? extends Record>> withCustomFields(Class<? extends Record> arguments) {
        return customFields != null ? List.of(arguments, CustomFieldArguments.class) : List.of(arguments);
    }

    private CustomFieldArguments custom(RecordTool.Arguments given) {
        return customFields != null ? given.get(CustomFieldArguments.class) : CustomFieldArguments.NONE;
    }

    /** {@return what the arguments build}, or every error of the call, its custom field values' included */
    private <X> X built(O tools, Supplier<X> build, CustomFieldArguments custom, boolean partial) {
        return customFields == null ? build.get() : customFields.apply(tools).built(build, custom, partial);
    }

    /** The check of arguments that broke the tool's schema: throws every error of the command and custom fields. */
    private void check(O tools, Supplier<?> build, CustomFieldArguments custom, boolean partial) {
        if (customFields == null) {
            build.get();
        } else {
            customFields.apply(tools).check(build, custom, partial);
        }
    }
}
