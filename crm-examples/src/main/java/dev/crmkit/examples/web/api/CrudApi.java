package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.service.AggregateService;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.JsonNode;

/**
 * The REST CRUD endpoints of one resource, written once: {@code GET /{id}} (200 with the
 * {@code ETag}), {@code POST} (201 with {@code Location} and {@code ETag}), {@code PUT /{id}} and
 * {@code PATCH /{id}} (200 with the {@code ETag}; {@code If-Match} or a body {@code version} guards
 * against lost updates) and {@code DELETE /{id}} (204). A resource's controller extends it with its
 * {@link CrudController} annotation and its list operation (filters plus a
 * {@code PageRequest} from {@link PageRequestResolver}); errors are thrown by the service and
 * answered as problems by the app's advice. Subclasses are Spring singletons and thread-safe.
 *
 * @param <R> the aggregate's record
 * @param <J> its JSON representation
 */
abstract class CrudApi<R extends CrmRecord, J> {

    /** Reads a PUT or PATCH body into the service's update command. */
    @FunctionalInterface
    interface ReadUpdate<U> {
        /** The command; throws what reading the body throws. */
        U read(JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch);
    }

    /** Applies an update command to a record: the service's update. */
    @FunctionalInterface
    interface ApplyUpdate<U, R> {
        /** The updated record; throws what the service throws. */
        R apply(long id, U update);
    }

    /** Reads a PUT or PATCH body into the service's update command and applies it to the record. */
    @FunctionalInterface
    interface Update<R> {
        /** The updated record; throws what the service throws. */
        R apply(long id, JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch);
    }

    /** The app's CRM, for the controller's own operations. */
    final Crm crm;

    private final AggregateService<R, ?> service;
    private final Function<R, J> json;
    private final Function<JsonNode, R> create;
    private final Update<R> update;

    /**
     * @param crm the app's CRM
     * @param service the aggregate's service, for reads and deletes
     * @param codec how its records read and write as JSON
     * @param create the service's create
     * @param update the service's update
     * @param <N> the create command
     * @param <U> the update command
     */
    <N, U> CrudApi(
            Crm crm,
            AggregateService<R, ?> service,
            JsonCodec<R, J, N, U> codec,
            Function<N, R> create,
            ApplyUpdate<U, R> update) {
        this(
                crm,
                service,
                codec.json(),
                body -> create.apply(codec.create().apply(body)),
                (id, body, mode, ifMatch) -> update.apply(id, codec.update().read(body, mode, ifMatch)));
    }

    /**
     * @param crm the app's CRM
     * @param service the aggregate's service, for reads and deletes
     * @param json the record as JSON
     * @param create reads a POST body and creates the record
     * @param update reads a PUT or PATCH body and updates the record
     */
    CrudApi(
            Crm crm,
            AggregateService<R, ?> service,
            Function<R, J> json,
            Function<JsonNode, R> create,
            Update<R> update) {
        this.crm = crm;
        this.service = service;
        this.json = json;
        this.create = create;
        this.update = update;
    }

    /** One page of a list operation, as JSON. */
    PageJson<J> page(Page<R> page) {
        return PageJson.of(page, json);
    }

    @GetMapping("/{id}")
    ResponseEntity<J> get(@PathVariable long id) {
        return ok(service.getById(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<J> create(@RequestBody JsonNode body) {
        R record = create.apply(body);
        return Responses.created(record.id(), json.apply(record), record.version());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<J> replace(
            @PathVariable long id,
            @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return Responses.guarded(ifMatch, () -> ok(update.apply(id, body, JsonInput.Mode.FULL, matching(id, ifMatch))));
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    ResponseEntity<J> patch(
            @PathVariable long id,
            @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return Responses.guarded(
                ifMatch, () -> ok(update.apply(id, body, JsonInput.Mode.PARTIAL, matching(id, ifMatch))));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        // An If-Match is a precondition (RFC 9110): evaluated, never ignored, so a client that read
        // version 3 does not delete the version 4 someone wrote since.
        return Responses.guarded(ifMatch, () -> {
            service.deleteById(id, Responses.expectedVersion(matching(id, ifMatch), null));
            return ResponseEntity.noContent().build();
        });
    }

    /** The one tag of an {@code If-Match} list that decides ({@link Responses#matching}). */
    private @Nullable String matching(long id, @Nullable String ifMatch) {
        return Responses.matching(ifMatch, () -> service.getById(id).version());
    }

    private ResponseEntity<J> ok(R record) {
        return Responses.ok(json.apply(record), record.version());
    }
}
