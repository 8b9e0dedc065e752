package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldQuery;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.VersionedUpdate;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.service.CustomizableService;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CrudApi} of an aggregate that carries tags and custom fields (contacts, companies,
 * deals), written once: a body's {@code tags} are written with the record in one transaction
 * ({@link TagsJson} on a create, the service's update with them on PUT and PATCH), its {@code
 * custom_fields} reach the service with the command
 * ({@link CustomFieldsJson}), and every representation carries the record's tags, a page's read in
 * one query. A controller names its
 * service and its {@link JsonCodec.Tagged}.
 *
 * @param <R> the aggregate's record
 * @param <J> its JSON representation
 * @param <Q> the service's list query
 */
abstract class TaggedCrudApi<
                R extends CrmRecord & CustomizableRecord<R>, J, Q extends PagedQuery<Q, ?> & CustomFieldQuery<Q>>
        extends CrudApi<R, J> {

    private final TaggableKind kind;
    private final BiFunction<R, List<String>, J> json;
    private final Function<Q, Page<R>> find;

    /**
     * @param crm the app's CRM
     * @param service the aggregate's service: reads, deletes, and creates and updates with the
     *     body's custom fields and tags
     * @param codec how its records read and write as JSON
     * @param <N> the create command
     * @param <U> the update command
     */
    <N, U extends VersionedUpdate> TaggedCrudApi(
            Crm crm, CustomizableService<R, ?, N, U, Q> service, JsonCodec.Tagged<R, J, N, U> codec) {
        super(
                crm,
                service,
                codec.withTags(crm),
                body -> TagsJson.write(
                        crm,
                        codec.kind(),
                        body,
                        JsonInput.Mode.FULL,
                        () -> service.create(codec.create().apply(body), CustomFieldsJson.created(body))),
                (id, body, mode, ifMatch) -> service.update(
                        id,
                        codec.update().read(body, mode, ifMatch),
                        CustomFieldsJson.changes(crm, fieldKind(codec.kind()), body, mode),
                        TagsJson.change(body, mode)));
        this.kind = codec.kind();
        this.json = codec.json();
        this.find = service::find;
    }

    /**
     * One page of a list operation, as JSON: the query {@code query} builds from the request's
     * parameters, found by the service; a value crm-core refuses is named by the parameter the
     * client sent ({@link ListQueries}).
     *
     * @param customFields the request's {@code cf.<key>} filters
     * @param query builds the service's query
     */
    final PageJson<J> list(CustomFieldParams customFields, Supplier<Q> query) {
        Q built = ListQueries.build(query);
        return page(ListQueries.find(customFields, () -> find.apply(built)));
    }

    /** The name of a list operation's repeatable query parameter that keeps the records carrying every tag. */
    static final String TAG = "tag";

    /** What a list operation's description says of its {@link #TAG} parameter ({@link OperationDocs}). */
    static String tagDocs(String plural) {
        return "tag (repeatable) keeps " + plural + " carrying every given tag, ignoring case";
    }

    /** The repeatable {@code tag} parameter's values; none when it is absent. */
    static List<String> tags(@Nullable List<String> tag) {
        return tag == null ? List.of() : tag;
    }

    /** One page of a list operation, as JSON, the tags of all its records read in one query. */
    @Override
    final PageJson<J> page(Page<R> page) {
        return TagsJson.page(crm, kind, page, json);
    }

    private static CustomFieldKind fieldKind(TaggableKind kind) {
        return CustomFieldKind.ofCode(kind.code())
                .orElseThrow(() -> new IllegalStateException(kind + " records carry no custom fields"));
    }
}
