package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * How the records of one aggregate read and write as the API's JSON, declared once by its JSON
 * record ({@code PipelineJson.CODEC}) and used by its {@link CrudApi}: the record as JSON, a POST
 * body as the service's create command, a PUT or PATCH body as its update command. Immutable.
 *
 * @param json the record as JSON
 * @param create reads a POST body into the service's create command
 * @param update reads a PUT or PATCH body into the service's update command
 * @param <R> the aggregate's record
 * @param <J> its JSON representation
 * @param <N> the service's create command
 * @param <U> the service's update command
 */
record JsonCodec<R, J, N, U>(Function<R, J> json, Function<JsonNode, N> create, CrudApi.ReadUpdate<U> update) {

    /**
     * The codec of an aggregate whose records carry tags and custom fields, for its
     * {@link TaggedCrudApi}: its representation shows the record's tags.
     *
     * @param kind the kind of record, for its tags and custom fields
     * @param json the record with its tags as JSON
     * @param create reads a POST body into the service's create command
     * @param update reads a PUT or PATCH body into the service's update command
     * @param <R> the aggregate's record
     * @param <J> its JSON representation
     * @param <N> the service's create command
     * @param <U> the service's update command
     */
    record Tagged<R extends CrmRecord, J, N, U>(
            TaggableKind kind,
            BiFunction<R, List<String>, J> json,
            Function<JsonNode, N> create,
            CrudApi.ReadUpdate<U> update) {

        /** {@return a record as JSON, with its tags as {@code crm} holds them} */
        Function<R, J> withTags(Crm crm) {
            return record -> json.apply(record, crm.tags().tagsOf(kind, record.id()));
        }
    }
}
