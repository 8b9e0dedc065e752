package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.service.AggregateService;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@link CrudApi} of an aggregate that carries tags and custom fields (contacts, companies,
 * deals), written once: a body's {@code tags} are written with the record in one transaction
 * ({@link TagsJson} on a create, the service's update with them on PUT and PATCH), its {@code
 * custom_fields} reach the service with the command
 * ({@link CustomFieldsJson}), and every representation carries the record's tags, a page's read in
 * one query. A controller names its
 * service and how its bodies read into the service's commands.
 *
 * @param <R> the aggregate's record
 * @param <J> its JSON representation
 */
abstract class TaggedCrudApi<R extends CrmRecord, J> extends CrudApi<R, J> {

    /**
     * Applies an update command, the custom field changes and the tags to a record as one unit:
     * the service's update, which applies a versionless one again, tags included, after a
     * concurrent writer.
     */
    @FunctionalInterface
    interface TaggedUpdate<U, R> {
        /** The updated record; throws what the service throws. */
        R apply(
                long id,
                U update,
                @Nullable Map<String, ? extends @Nullable Object> customFields,
                @Nullable List<String> tags);
    }

    private final TaggableKind kind;
    private final BiFunction<R, List<String>, J> json;

    /**
     * @param crm the app's CRM
     * @param kind the kind of record, for its tags and custom fields
     * @param service the aggregate's service, for reads and deletes
     * @param json the record with its tags as JSON
     * @param readCreate reads a POST body into the service's create command
     * @param create the service's create, with the body's custom fields
     * @param readUpdate reads a PUT or PATCH body into the service's update command
     * @param update the service's update, with the body's custom field changes
     * @param <N> the create command
     * @param <U> the update command
     */
    <N, U> TaggedCrudApi(
            Crm crm,
            TaggableKind kind,
            AggregateService<R, ?> service,
            BiFunction<R, List<String>, J> json,
            Function<JsonNode, N> readCreate,
            BiFunction<N, CustomFieldValues, R> create,
            ReadUpdate<U> readUpdate,
            TaggedUpdate<U, R> update) {
        super(
                crm,
                service,
                record -> json.apply(record, crm.tags().tagsOf(kind, record.id())),
                body -> TagsJson.write(
                        crm,
                        kind,
                        body,
                        JsonInput.Mode.FULL,
                        () -> create.apply(readCreate.apply(body), CustomFieldsJson.created(body))),
                (id, body, mode, ifMatch) -> update.apply(
                        id,
                        readUpdate.read(body, mode, ifMatch),
                        CustomFieldsJson.changes(crm, fieldKind(kind), body, mode),
                        TagsJson.change(body, mode)));
        this.kind = kind;
        this.json = json;
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
