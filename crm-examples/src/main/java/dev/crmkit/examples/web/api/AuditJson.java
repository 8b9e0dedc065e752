package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.ChangeSet;
import dev.crmkit.examples.AuditChanges;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry: a create, update or delete of one record, by whom and when, with each changed
 * field's old and new value (as text; absent for none).
 *
 * @param id the entry's id
 * @param entity the kind of record: contact, company, deal, task, pipeline, activity
 * @param entityId the record's id
 * @param action create, update or delete
 * @param actor who made the change
 * @param at when
 * @param changeSetId the change set (agent turn, import, undo) it belongs to, if any
 * @param version the record's version after the change (before it, for a delete)
 * @param changes each changed field
 */
public record AuditJson(
        long id,
        String entity,
        @JsonProperty("entity_id") long entityId,
        String action,
        ActorJson actor,
        Instant at,
        @JsonProperty("change_set_id") @Nullable String changeSetId,
        long version,
        List<ChangeJson> changes) {

    /**
     * Who made a change.
     *
     * @param kind user, api_token, agent, import or system
     * @param id the user name, token, conversation id, import job or {@code system}
     * @param onBehalfOf the user an agent acted for, or an import ran for
     * @param description for people: "agent for ada (conversation c-1)"
     */
    public record ActorJson(
            String kind,
            String id,
            @JsonProperty("on_behalf_of") @Nullable String onBehalfOf,
            String description) {

        static ActorJson of(Actor actor) {
            return new ActorJson(
                    actor.kind().name().toLowerCase(Locale.ROOT),
                    actor.id(),
                    actor.onBehalfOf().orElse(null),
                    actor.describe());
        }
    }

    /**
     * One field before and after.
     *
     * @param field the field's name as the API spells it in a record's body ({@code first_name});
     *     a deal's value is two fields, {@code amount} and {@code currency}, each listed only when it
     *     changed
     * @param oldValue the value before, as text of what the body holds ({@code 31500.00},
     *     {@code 600} seconds for an activity's {@code duration_seconds}, {@code in_progress});
     *     absent for none
     * @param newValue the value after, the same way; absent for none
     */
    public record ChangeJson(
            String field,
            @JsonProperty("old") @Nullable String oldValue,
            @JsonProperty("new") @Nullable String newValue) {

        static ChangeJson of(AuditChanges.Change change) {
            return new ChangeJson(change.field(), change.oldValue(), change.newValue());
        }
    }

    /**
     * A change set with its entries, oldest first.
     *
     * @param id the change set's id
     * @param actor who made its first change
     * @param startedAt when
     * @param entries its changes, oldest first
     */
    public record ChangeSetJson(
            String id,
            ActorJson actor,
            @JsonProperty("started_at") Instant startedAt,
            List<AuditJson> entries) {

        static ChangeSetJson of(ChangeSet set) {
            return new ChangeSetJson(
                    set.id(),
                    ActorJson.of(set.actor()),
                    set.startedAt(),
                    set.entries().stream().map(AuditJson::of).toList());
        }
    }

    static AuditJson of(AuditEntry entry) {
        return new AuditJson(
                entry.id(),
                entry.entity(),
                entry.entityId(),
                entry.action().name().toLowerCase(Locale.ROOT),
                ActorJson.of(entry.actor()),
                entry.at(),
                entry.changeSetId().orElse(null),
                entry.version(),
                AuditChanges.of(entry).stream().map(ChangeJson::of).toList());
    }
}
