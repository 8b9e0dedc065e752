package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomFieldQuery;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.VersionedUpdate;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.service.CustomizableService;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.examples.InputErrors;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The command over one kind of tagged record ({@code contacts}, {@code companies}, {@code deals}):
 * its subcommands' runs, written once. A subclass declares the subcommands (their names, help and
 * options) and passes what differs in a {@link Records}.
 *
 * @param <T> the record
 * @param <N> crm-core's command that creates one
 * @param <U> crm-core's update of one
 * @param <Q> crm-core's query for a page of them
 */
abstract class TaggedRecordCommand<
                T extends CrmRecord & CustomizableRecord<T>,
                N,
                U extends VersionedUpdate,
                Q extends PagedQuery<Q, ?> & CustomFieldQuery<Q>>
        extends Subcommand {

    /**
     * What the subcommands need to know of a kind of tagged record.
     *
     * @param what the record in messages, {@code contact}
     * @param kind its kind for tags
     * @param service its service on the CRM
     * @param view how one prints
     * @param columns the columns of a list
     */
    record Records<
            T extends CrmRecord & CustomizableRecord<T>,
            N,
            U extends VersionedUpdate,
            Q extends PagedQuery<Q, ?> & CustomFieldQuery<Q>>(
            String what,
            TaggableKind kind,
            Function<Crm, ? extends CustomizableService<T, ?, N, U, Q>> service,
            Function<T, Map<String, @Nullable Object>> view,
            List<String> columns) {}

    private final Records<T, N, U, Q> records;

    TaggedRecordCommand(Records<T, N, U, Q> records) {
        this.records = records;
    }

    /**
     * The {@code add} and {@code create} subcommands' run: creates the record and sets its tags in
     * one transaction, then prints it with them. The record's fields and its tags are checked
     * first, so one refusal names every error of them.
     *
     * @param command built once the CRM is open, as crm-core checks it
     */
    final int created(TagOptions.Given tags, Supplier<N> command) {
        return root().withCrm(crm -> {
            InputErrors errors = InputErrors.withCrmNames();
            N built = errors.collect(command);
            errors.tags(tags.names());
            errors.throwIfAny();
            T record = crm.inTransaction(() -> {
                T created = records.service().apply(crm).create(Objects.requireNonNull(built));
                crm.tags().replace(records.kind(), created.id(), tags.names());
                return created;
            });
            print(crm, record);
        });
    }

    /** The {@code list} subcommands' run: a page of records, each with its tags (read in one query). */
    final int listed(Supplier<Q> query) {
        return root().withCrm(crm -> {
            Page<T> found = records.service().apply(crm).find(query.get());
            Map<Long, List<String>> tagsOf = crm.tags()
                    .tagsOf(
                            records.kind(),
                            found.items().stream().map(CrmRecord::id).toList());
            printPage(
                    found,
                    record -> Views.tagged(records.view().apply(record), tagsOf.getOrDefault(record.id(), List.of())),
                    records.columns());
        });
    }

    /** The {@code show} subcommands' run: reads the record and prints it with its tags. */
    final int shown(long id) {
        return root().withCrm(crm -> print(crm, records.service().apply(crm).getById(id)));
    }

    /**
     * The {@code update} subcommands' run: changes the record and prints it, without its tags; an
     * update given no field to change is refused.
     *
     * @param update read once the CRM is open
     */
    final int updated(long id, Supplier<U> update) {
        root().requireAChange();
        return printRecord(
                crm -> records.view().apply(records.service().apply(crm).update(id, update.get())));
    }

    /** The {@code delete} subcommands' run: {@link Subcommand#delete} of this kind of record. */
    final int deleted(DeleteOptions options) {
        return delete(
                records.what(),
                options,
                (crm, id) -> records.service().apply(crm).deleteById(id));
    }

    private void print(Crm crm, T record) {
        root().output()
                .record(Views.tagged(records.view().apply(record), crm.tags().tagsOf(records.kind(), record.id())));
    }
}
