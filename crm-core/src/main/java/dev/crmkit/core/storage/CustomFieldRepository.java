package dev.crmkit.core.storage;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persists custom field definitions ({@code crm_custom_field}) and removes a deleted field's
 * values from the records of its kind. Owned by a {@link UnitOfWork} and valid inside it; not
 * thread-safe. The rules live in {@link dev.crmkit.core.service.CustomFieldService}; the values
 * themselves are columns of the records, written by the records' repositories.
 */
public interface CustomFieldRepository {

    /**
     * {@return the definition with this id}
     *
     * @param id the definition's id
     */
    Optional<CustomField> findById(long id);

    /**
     * {@return the definitions of a kind of record, in the order they were defined}
     *
     * @param kind the kind of record
     */
    List<CustomField> findByKind(CustomFieldKind kind);

    /**
     * Inserts a definition.
     *
     * @param field the definition; its id and version are ignored
     * @return the definition as stored, with the database's id and version 0
     * @throws dev.crmkit.core.kernel.ConflictException (field {@code key}) when the kind has a field with this key
     */
    CustomField insert(CustomField field);

    /**
     * Writes a changed definition if its version is still the stored one.
     *
     * @param field the definition, with the version it was read at
     * @return the definition as stored, its version incremented
     * @throws dev.crmkit.core.kernel.StaleVersionException when the stored version differs
     */
    CustomField update(CustomField field);

    /**
     * Deletes a definition (not its values: see {@link #removeValues}).
     *
     * @param id the definition's id
     * @return false when there was no such definition
     */
    boolean deleteById(long id);

    /**
     * Removes one key from the values of every record of a kind; each record changed gets a new
     * version and {@code updatedAt}.
     *
     * @param kind the kind of record
     * @param key the field's key
     * @param now the records' new {@code updatedAt}
     * @return how many records changed
     */
    int removeValues(CustomFieldKind kind, String key, Instant now);
}
