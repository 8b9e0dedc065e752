package dev.crmkit.core.service;

import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldQuery;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.VersionedUpdate;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.storage.ListingRepository;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The operations of an aggregate whose records carry custom fields (contacts, companies, deals),
 * written once on top of {@link AggregateService}: a create checks the values against the
 * definitions of its {@link CustomFieldKind}; an update changes the values it names and keeps the
 * others; a query's custom field filters are checked against those definitions before the
 * repository runs it. The aggregate's own rules (its class comment says which) apply as well.
 * Every method is one transaction; events are published after it commits. Thread-safe.
 *
 * @param <T> the aggregate's record
 * @param <R> the aggregate's repository
 * @param <N> the command that creates a record
 * @param <U> the partial update of a record
 * @param <Q> the query that lists records
 */
public abstract class CustomizableService<
                T extends CrmRecord & CustomizableRecord<T>,
                R extends ListingRepository<T, Q>,
                N,
                U extends VersionedUpdate,
                Q extends PagedQuery<Q, ?> & CustomFieldQuery<Q>>
        extends AggregateService<T, R> {

    private final CustomFieldKind customFieldKind;
    private final TaggableKind taggableKind;
    private final @Nullable UniqueField<T, R, N> uniqueField;

    /**
     * A field whose value no two records share, such as a contact's email: a create is refused
     * when another record holds the command's value, an update when the value changes to one
     * another record holds ({@link #requireFree}).
     *
     * @param name the field, as the error names it
     * @param ofCommand the value a create command gives
     * @param ofRecord the value a record holds
     * @param holder finds the record holding a value, e.g. {@code ContactRepository::findByEmail}
     * @param <T> the aggregate's record
     * @param <R> the aggregate's repository
     * @param <N> the command that creates a record
     */
    record UniqueField<T, R, N>(
            String name,
            Function<N, @Nullable String> ofCommand,
            Function<T, @Nullable String> ofRecord,
            BiFunction<R, String, Optional<T>> holder) {}

    /**
     * See {@link AggregateService}; {@code customFieldKind} is the kind whose fields the records
     * carry, and their tags are stored under the {@link TaggableKind} of the same code.
     *
     * @param uniqueField the field no two records may share; {@code null} for none
     */
    CustomizableService(
            Transactor transactor,
            Aggregate<T, R> aggregate,
            CustomFieldKind customFieldKind,
            @Nullable UniqueField<T, R, N> uniqueField) {
        super(transactor, aggregate);
        this.customFieldKind = customFieldKind;
        this.taggableKind = TaggableKind.ofCode(customFieldKind.code()).orElseThrow();
        this.uniqueField = uniqueField;
    }

    /**
     * Creates a record without custom field values.
     *
     * @param command the record to create
     * @return the record as stored
     * @throws dev.crmkit.core.kernel.ValidationException when a field breaks the aggregate's rules,
     *     or a required custom field has no value
     * @throws dev.crmkit.core.kernel.ConflictException (with the id of the record in the way) when
     *     a value that must be unique is taken
     */
    public T create(N command) {
        return create(command, CustomFieldValues.empty());
    }

    /**
     * Creates a record with custom field values.
     *
     * @param command the record to create
     * @param customFields the values of the record's custom fields
     * @return the record as stored
     * @throws dev.crmkit.core.kernel.ValidationException as {@link #create(Object)}, and (fields
     *     {@code customFields.<key>}) on a value that breaks its field's rules
     * @throws dev.crmkit.core.kernel.ConflictException as {@link #create(Object)}
     */
    public T create(N command, CustomFieldValues customFields) {
        return create(tx -> {
            if (uniqueField != null) {
                requireFree(tx, uniqueField.name(), uniqueField.ofCommand().apply(command), uniqueField.holder(), null);
            }
            CustomFieldValues values = CustomFieldService.checked(tx, customFieldKind, customFields);
            return built(tx, command).withCustomFields(values);
        });
    }

    /**
     * Applies the update. An update that changes nothing writes nothing and keeps the version.
     *
     * @param id the record's id
     * @param update the fields to change
     * @return the record as stored
     * @throws dev.crmkit.core.kernel.NotFoundException when there is no such record
     * @throws dev.crmkit.core.kernel.StaleVersionException when {@code expectedVersion} is given
     *     and stale; without one, only when concurrent writers changed the record during every one
     *     of several attempts (an update naming no version is read and applied again when another
     *     transaction changed the record meanwhile, except inside {@code Crm.inTransaction} or a
     *     host transaction it joined)
     * @throws dev.crmkit.core.kernel.ValidationException when a field breaks the aggregate's rules
     * @throws dev.crmkit.core.kernel.ConflictException when a new value that must be unique is taken
     */
    public T update(long id, U update) {
        return update(id, update, null);
    }

    /**
     * Applies the update and changes custom field values: each key of {@code customFields} is set,
     * or removed where its value is null; other values stay.
     *
     * @param id the record's id
     * @param update the fields to change
     * @param customFields key → new value or null; null for no change
     * @return the record as stored
     * @throws dev.crmkit.core.kernel.ValidationException as {@link #update(long, VersionedUpdate)},
     *     and (fields {@code customFields.<key>}) on a value that breaks its field's rules
     */
    public T update(long id, U update, @Nullable Map<String, ? extends @Nullable Object> customFields) {
        return update(id, update, customFields, null);
    }

    /**
     * Applies the update, changes custom field values as {@link #update(long, VersionedUpdate,
     * Map)} does and sets the record's tags, as one unit: what an edit of the record with its tags
     * needs. An update naming no version is read and applied again, tags included, when another
     * transaction changed the record meanwhile, as {@link #update(long, VersionedUpdate)} is; doing
     * the same with {@link TagService#replace} inside {@code Crm.inTransaction} would not be retried.
     * The tags do not move the record's version.
     *
     * @param id the record's id
     * @param update the fields to change
     * @param customFields key → new value or null; null for no change
     * @param tags the record's tags from now on (normalized, duplicates ignoring case dropped; empty
     *     takes them all off); null leaves them as they are
     * @return the record as stored
     * @throws dev.crmkit.core.kernel.ValidationException as {@link #update(long, VersionedUpdate,
     *     Map)}, and (field {@code tags}) on a tag name that breaks a rule or too many tags
     * @throws dev.crmkit.core.kernel.StaleVersionException as {@link #update(long, VersionedUpdate)}
     */
    public T update(
            long id,
            U update,
            @Nullable Map<String, ? extends @Nullable Object> customFields,
            @Nullable Collection<String> tags) {
        List<String> names = tags == null ? null : TagNames.normalizeAll("tags", tags);
        return update(
                id,
                update.expectedVersion(),
                (tx, current) -> uniqueChecked(tx, current, changed(tx, current, update))
                        .withCustomFields(
                                CustomFieldService.checked(tx, customFieldKind, current.customFields(), customFields)),
                (tx, stored) -> {
                    if (names != null) {
                        TagService.replace(tx, taggableKind, stored.id(), names);
                    }
                });
    }

    /**
     * {@return one page of records matching the query}
     *
     * @param query filters, sort and page
     * @throws dev.crmkit.core.kernel.ValidationException (fields {@code customFields.<key>}) on a
     *     custom field filter that names no field, or does not fit its field's type
     */
    public Page<T> find(Q query) {
        return transactor.inTransaction(tx -> {
            checkFilters(tx, query);
            return repository(tx)
                    .find(query.withCustomFields(
                            CustomFieldService.resolved(tx, customFieldKind, query.customFields())));
        });
    }

    /**
     * Refuses a filter that can match nothing because it names what does not exist (a deal status no
     * pipeline has), so that a caller's typo is not mistaken for an empty result; none by default.
     *
     * @throws dev.crmkit.core.kernel.ValidationException naming the filter and what it may be
     */
    void checkFilters(Tx tx, Q query) {}

    /**
     * Starts the delete cascade every such record has: deletes its activities, notes its tags in
     * the delete's snapshot and removes them; then runs the aggregate's own {@link #cascade}.
     */
    @Override
    final void beforeDelete(Tx tx, long id) {
        TrashService.deleteActivitiesAndTags(tx, taggableKind, id, linkedActivities(id));
        cascade(tx, id, Objects.requireNonNull(tx.trashing()));
    }

    /**
     * The rest of the aggregate's delete cascade, once its activities and tags are gone; the
     * record's row is locked already.
     *
     * @param trashing the delete's snapshot, where the cascade notes what it takes along
     */
    abstract void cascade(Tx tx, long id, TrashSnapshot trashing);

    private ActivityQuery linkedActivities(long id) {
        return switch (taggableKind) {
            case CONTACT -> ActivityQuery.all().withContact(id);
            case COMPANY -> ActivityQuery.all().withCompany(id);
            case DEAL -> ActivityQuery.all().withDeal(id);
        };
    }

    /** {@return the changed record}, refused when its unique field changed to a value another record holds */
    private T uniqueChecked(Tx tx, T current, T changed) {
        if (uniqueField != null) {
            String value = uniqueField.ofRecord().apply(changed);
            if (!Objects.equals(value, uniqueField.ofRecord().apply(current))) {
                requireFree(tx, uniqueField.name(), value, uniqueField.holder(), current.id());
            }
        }
        return changed;
    }

    /** The new record the command describes, validated, without custom field values. */
    abstract T built(Tx tx, N command);

    /** The current record with the update applied (keeping {@code updatedAt}), validated. */
    abstract T changed(Tx tx, T current, U update);
}
