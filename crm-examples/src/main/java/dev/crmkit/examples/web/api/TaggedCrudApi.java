package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldQuery;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.VersionedUpdate;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.service.CustomizableService;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.examples.FieldNames;
import dev.crmkit.examples.InputErrors;
import dev.crmkit.examples.web.problem.ApiValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@link CrudApi} of an aggregate that carries tags and custom fields (contacts, companies,
 * deals), written once: a body's {@code tags} are written with the record in one transaction
 * ({@link TagsJson} on a create, the service's update with them on PUT and PATCH), its {@code
 * custom_fields} reach the service with the command
 * ({@link CustomFieldsJson}), and every representation carries the record's tags, a page's read in
 * one query. A write's body is checked whole first: one 400 names every error of its fields,
 * custom field values and tags, and nothing is written. A controller names its
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
                body -> {
                    Input<N> in = Input.read(
                            crm,
                            codec.kind(),
                            body,
                            JsonInput.Mode.FULL,
                            () -> codec.create().apply(body));
                    return TagsJson.write(
                            crm,
                            codec.kind(),
                            in.tags(),
                            () -> service.create(in.command(), CustomFieldValues.of(in.customFields())));
                },
                (id, body, mode, ifMatch) -> {
                    Input<U> in = Input.read(
                            crm, codec.kind(), body, mode, () -> codec.update().read(body, mode, ifMatch));
                    return service.update(
                            id,
                            in.command(),
                            CustomFieldsJson.changes(in.fields(), in.customFields(), mode),
                            TagsJson.change(in.tags()));
                });
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

    /**
     * A write's body, read and checked whole before anything is written, so that one answer names
     * every error of it: the record's fields (its command), each custom field value (against the
     * kind's definitions; on a PATCH only the keys it names) and the tags.
     *
     * @param command the service's command
     * @param fields the kind's custom field definitions
     * @param customFields the body's custom field values ({@link CustomFieldsJson#read})
     * @param tags the body's tags ({@link TagsJson#read})
     * @param <C> the command's type
     */
    private record Input<C>(
            C command, List<CustomField> fields, Map<String, @Nullable Object> customFields, Patch<List<String>> tags) {

        /** @throws ApiValidationException naming every error found, by the body's field names */
        static <C> Input<C> read(Crm crm, TaggableKind kind, JsonNode body, JsonInput.Mode mode, Supplier<C> command) {
            InputErrors errors = new InputErrors(
                    e -> e instanceof ApiValidationException ? e.errors() : FieldNames.snake(e.errors()));
            C built = errors.collect(command);
            CustomFieldKind fieldKind = fieldKind(kind);
            List<CustomField> fields = crm.customFields().list(fieldKind);
            Map<String, @Nullable Object> values = CustomFieldsJson.read(body, errors);
            errors.customFields(fieldKind, fields, values, mode == JsonInput.Mode.PARTIAL);
            Patch<List<String>> tags = errors.collect(() -> TagsJson.read(body, mode));
            errors.throwIfAny(ApiValidationException::new);
            return new Input<>(Objects.requireNonNull(built), fields, values, Objects.requireNonNull(tags));
        }
    }

    private static CustomFieldKind fieldKind(TaggableKind kind) {
        return CustomFieldKind.ofCode(kind.code())
                .orElseThrow(() -> new IllegalStateException(kind + " records carry no custom fields"));
    }
}
