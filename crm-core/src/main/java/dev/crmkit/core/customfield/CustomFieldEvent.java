package dev.crmkit.core.customfield;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/** An event about a custom field's definition. */
public sealed interface CustomFieldEvent extends CrmEvent {

    @Override
    default String entity() {
        return "custom_field";
    }

    /**
     * A field was defined.
     *
     * @param field the definition as stored
     * @param occurredAt when
     */
    record Created(CustomField field, Instant occurredAt) implements CustomFieldEvent {
        @Override
        public long entityId() {
            return field.id();
        }
    }

    /**
     * A definition changed.
     *
     * @param before the definition before
     * @param after the definition after
     * @param occurredAt when
     */
    record Updated(CustomField before, CustomField after, Instant occurredAt) implements CustomFieldEvent {
        @Override
        public long entityId() {
            return after.id();
        }
    }

    /**
     * A definition was deleted, and its values removed from every record of its kind.
     *
     * @param field the definition deleted
     * @param recordsChanged how many records lost a value
     * @param occurredAt when
     */
    record Deleted(CustomField field, int recordsChanged, Instant occurredAt) implements CustomFieldEvent {
        @Override
        public long entityId() {
            return field.id();
        }
    }
}
