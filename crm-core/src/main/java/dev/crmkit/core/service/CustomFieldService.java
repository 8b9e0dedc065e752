package dev.crmkit.core.service;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldEvent;
import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldRules;
import dev.crmkit.core.customfield.CustomFieldUpdate;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Defines, changes, lists and deletes custom fields ({@code crm.customFields()}), and checks the
 * values records carry against them. A field's kind, key and type never change. Deleting a field
 * removes its value from every record of its kind in the same transaction (each such record gets
 * a new version, and no event of its own: the {@link CustomFieldEvent.Deleted} counts them).
 * Tightening a definition (a shorter maximum, fewer options, required) leaves stored values as
 * they are; the rules apply to each record's next write. Every method is one transaction (or joins
 * {@link dev.crmkit.core.Crm#inTransaction}); events are published after it commits. Thread-safe.
 */
public final class CustomFieldService extends TransactionalService {

    CustomFieldService(Transactor transactor) {
        super(transactor);
    }

    /**
     * {@return the fields of a kind of record, in the order they were defined}
     *
     * @param kind the kind of record
     */
    public List<CustomField> list(CustomFieldKind kind) {
        Objects.requireNonNull(kind, "kind");
        return transactor.inTransaction(tx -> tx.work().customFields().findByKind(kind));
    }

    /**
     * {@return the field with this id}
     *
     * @param id the field's id
     * @throws NotFoundException when there is no such field
     */
    public CustomField getById(long id) {
        return transactor
                .inTransaction(tx -> tx.work().customFields().findById(id))
                .orElseThrow(() -> new NotFoundException("custom_field", id));
    }

    /**
     * Defines a field.
     *
     * @param command the definition
     * @return the field as stored
     * @throws dev.crmkit.core.kernel.ConflictException (field {@code key}) when the kind has a field with this key
     * @throws ValidationException (field {@code key}) when the kind has {@value CustomField#PER_KIND_MAX} fields
     */
    public CustomField create(NewCustomField command) {
        return transactor.inTransaction(tx -> {
            List<CustomField> existing = tx.work().customFields().findByKind(command.kind());
            if (existing.size() >= CustomField.PER_KIND_MAX) {
                throw new ValidationException(
                        Map.of("key", "a kind of record has at most " + CustomField.PER_KIND_MAX + " custom fields"));
            }
            CustomField stored = tx.work()
                    .customFields()
                    .insert(new CustomField(
                            0,
                            command.kind(),
                            command.key(),
                            command.label(),
                            command.type(),
                            command.maxLength(),
                            command.scale(),
                            command.options(),
                            command.required(),
                            tx.now(),
                            tx.now(),
                            0));
            tx.emit(new CustomFieldEvent.Created(stored, tx.now()));
            return stored;
        });
    }

    /**
     * Changes a field's label, requirement, maximum length or options. An update that changes
     * nothing writes nothing.
     *
     * @param id the field's id
     * @param update the changes
     * @return the field as stored
     * @throws NotFoundException when there is no such field
     * @throws StaleVersionException when {@code expectedVersion} is given and stale
     * @throws ValidationException on a value that breaks a rule of {@link NewCustomField}
     */
    public CustomField update(long id, CustomFieldUpdate update) {
        return transactor.inTransaction(tx -> {
            CustomField current =
                    tx.work().customFields().findById(id).orElseThrow(() -> new NotFoundException("custom_field", id));
            if (update.expectedVersion() != null && update.expectedVersion() != current.version()) {
                throw new StaleVersionException("custom_field", id, update.expectedVersion());
            }
            CustomField changed = update.applyTo(current);
            if (changed.equals(current)) {
                return current;
            }
            CustomField stored = tx.work().customFields().update(changed.withUpdatedAt(tx.now()));
            tx.emit(new CustomFieldEvent.Updated(current, stored, tx.now()));
            return stored;
        });
    }

    /**
     * Deletes a field and removes its value from every record of its kind.
     *
     * @param id the field's id
     * @throws NotFoundException when there is no such field
     */
    public void deleteById(long id) {
        transactor.inTransaction(tx -> {
            CustomField field =
                    tx.work().customFields().findById(id).orElseThrow(() -> new NotFoundException("custom_field", id));
            int changed = tx.work().customFields().removeValues(field.kind(), field.key(), tx.now());
            tx.work().customFields().deleteById(id);
            tx.emit(new CustomFieldEvent.Deleted(field, changed, tx.now()));
            return null;
        });
    }

    /** The values of a new record, checked against the kind's fields (required ones included). */
    static CustomFieldValues checked(Tx tx, CustomFieldKind kind, CustomFieldValues given) {
        List<CustomField> fields = tx.work().customFields().findByKind(kind);
        if (fields.isEmpty() && given.isEmpty()) {
            return given;
        }
        return CustomFieldRules.check(kind, fields, given);
    }

    /**
     * The values of an updated record: the stored ones (less keys whose field is gone) changed by
     * the patch, checked against the kind's fields.
     */
    static CustomFieldValues checked(
            Tx tx, CustomFieldKind kind, CustomFieldValues current, @Nullable Map<String, ?> patch) {
        List<CustomField> fields = tx.work().customFields().findByKind(kind);
        if (fields.isEmpty() && current.isEmpty() && (patch == null || patch.isEmpty())) {
            return current;
        }
        if (patch == null || patch.isEmpty()) {
            // Untouched values stay as stored, even where a field was tightened since.
            return current;
        }
        return CustomFieldRules.check(
                kind, fields, CustomFieldRules.known(fields, current).merge(patch));
    }

    /** A query's custom field filters, resolved for the adapters. */
    static List<CustomFieldFilter> resolved(Tx tx, CustomFieldKind kind, List<CustomFieldFilter> filters) {
        if (filters.isEmpty()) {
            return filters;
        }
        return CustomFieldRules.resolve(kind, tx.work().customFields().findByKind(kind), filters);
    }
}
