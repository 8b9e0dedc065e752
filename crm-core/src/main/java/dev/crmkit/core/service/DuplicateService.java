package dev.crmkit.core.service;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.duplicate.DuplicateBlock;
import dev.crmkit.core.duplicate.DuplicateCandidate;
import dev.crmkit.core.duplicate.DuplicateGroup;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.DuplicatePage;
import dev.crmkit.core.duplicate.DuplicateQuery;
import dev.crmkit.core.duplicate.DuplicateReason;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.DuplicateRepository;
import dev.crmkit.core.storage.UnitOfWork;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds likely duplicate contacts and companies, and merges them.
 *
 * <p>Finding: records sharing a blocking key ({@link dev.crmkit.core.duplicate.DuplicateKeys}) form
 * a group, one {@code GROUP BY} over the key's index per reason, paged by key; each group lists
 * its first {@value DuplicateGroup#RECORDS_MAX} records with every reason they all share and a
 * score from those reasons. A pair sharing two keys shows in two groups, each naming both reasons.
 *
 * <p>Merging ({@link #mergeContacts}, {@link #mergeCompanies}) is one transaction: every record is
 * locked and its version checked against the caller's, so an edit committed since the caller
 * looked fails the merge with a {@link dev.crmkit.core.kernel.StaleVersionException}, and an edit
 * arriving during it fails on the new version or the deleted row; the related rows move to the
 * survivor, the others go to the trash ({@link TrashService}, restorable), and one {@link
 * dev.crmkit.core.contact.ContactEvent.Merged} or {@link dev.crmkit.core.company.CompanyEvent.Merged}
 * is published after the commit. Every write of a merge is in the audit log, in one change set
 * (the caller's, when one is open on the thread; else the merge's own, named by {@link
 * MergeResult#changeSetId()}), so {@link ChangeSetService#undo} reverts a merge: the survivor's
 * fields, the others back from the trash with their rows and tags. Thread-safe.
 */
public final class DuplicateService extends TransactionalService {

    private static final ContactMerge CONTACTS = new ContactMerge();
    private static final CompanyMerge COMPANIES = new CompanyMerge();

    /** A group whose records all have the same name weighs this much more for the name reason. */
    private static final int SAME_NAME_BONUS = 20;

    DuplicateService(Transactor transactor) {
        super(transactor);
    }

    /**
     * {@return one page of groups of likely duplicate contacts}
     *
     * @param query reason, cursor and limit
     */
    public DuplicatePage<Contact> contacts(DuplicateQuery query) {
        return find(DuplicateKind.CONTACT, query, UnitOfWork::contacts, c -> c.firstName() + " " + c.lastName());
    }

    /**
     * {@return one page of groups of likely duplicate companies}
     *
     * @param query reason, cursor and limit
     * @throws ValidationException (field {@code reason}) for {@link DuplicateReason#SAME_EMAIL}: companies have no email
     */
    public DuplicatePage<Company> companies(DuplicateQuery query) {
        return find(DuplicateKind.COMPANY, query, UnitOfWork::companies, Company::name);
    }

    /**
     * Merges contacts into the survivor: see {@link MergeRequest} for the choice of fields. The
     * others' deals, tasks, activities and tags move to the survivor; the others go to the trash.
     *
     * @param request the survivor, every record's expected version, the fields chosen
     * @return the survivor as stored (a dry run: as it would be), the counts of moved rows and the change set
     * @throws dev.crmkit.core.kernel.NotFoundException when a record does not exist
     * @throws dev.crmkit.core.kernel.StaleVersionException when a record's version is not the expected one
     * @throws ValidationException (field {@code fields.<name>}) for a field contacts do not have
     * @throws dev.crmkit.core.kernel.RetryableTransactionException when a lock waits too long or the
     *     database breaks a deadlock: nothing was written
     */
    public MergeResult<Contact> mergeContacts(MergeRequest request) {
        Objects.requireNonNull(request, "request");
        return CONTACTS.merge(transactor, request);
    }

    /**
     * Merges companies into the survivor: see {@link MergeRequest} for the choice of fields. The
     * others' contacts, deals, activities and tags move to the survivor; the others go to the trash.
     *
     * @param request the survivor, every record's expected version, the fields chosen
     * @return the survivor as stored (a dry run: as it would be), the counts of moved rows and the change set
     * @throws dev.crmkit.core.kernel.NotFoundException when a record does not exist
     * @throws dev.crmkit.core.kernel.StaleVersionException when a record's version is not the expected one
     * @throws ValidationException (field {@code fields.<name>}) for a field companies do not have
     * @throws dev.crmkit.core.kernel.RetryableTransactionException when a lock waits too long or the
     *     database breaks a deadlock: nothing was written
     */
    public MergeResult<Company> mergeCompanies(MergeRequest request) {
        Objects.requireNonNull(request, "request");
        return COMPANIES.merge(transactor, request);
    }

    /**
     * {@return the fields a merge of this kind lets the caller choose, in the order forms show them}
     *
     * @param kind contacts or companies
     */
    public static List<String> mergeFields(DuplicateKind kind) {
        return kind == DuplicateKind.CONTACT ? ContactMerge.FIELDS : CompanyMerge.FIELDS;
    }

    private <T extends CrmRecord> DuplicatePage<T> find(
            DuplicateKind kind,
            DuplicateQuery query,
            Function<UnitOfWork, CrmRepository<T>> repository,
            Function<T, String> name) {
        Objects.requireNonNull(query, "query");
        DuplicateReason only = query.reason();
        if (only != null && !kind.reasons().contains(only)) {
            throw new ValidationException("reason", "must be one of " + codes(kind) + " for a " + kind.entity());
        }
        List<DuplicateReason> reasons = only == null ? kind.reasons() : List.of(only);
        return transactor.inTransaction(tx -> {
            DuplicateRepository duplicates = tx.work().duplicates();
            CrmRepository<T> records = repository.apply(tx.work());
            List<DuplicateGroup<T>> groups = new ArrayList<>();
            boolean more = false;
            for (DuplicateReason reason : reasons) {
                String after = query.resumeKey(kind, reason);
                if (after == null || more) {
                    continue;
                }
                // One more than fits tells whether there is a next page.
                int wanted = query.limit() - groups.size() + 1;
                for (DuplicateBlock block :
                        duplicates.blocks(kind, reason, after, wanted, DuplicateGroup.RECORDS_MAX)) {
                    if (groups.size() == query.limit()) {
                        more = true;
                        break;
                    }
                    groups.add(group(kind, reason, block, records, name));
                }
            }
            String next = more ? groups.get(groups.size() - 1).cursor() : null;
            return new DuplicatePage<>(groups, next);
        });
    }

    private static <T extends CrmRecord> DuplicateGroup<T> group(
            DuplicateKind kind,
            DuplicateReason reason,
            DuplicateBlock block,
            CrmRepository<T> records,
            Function<T, String> name) {
        List<T> found = new ArrayList<>();
        for (DuplicateCandidate member : block.members()) {
            records.findById(member.id()).ifPresent(found::add);
        }
        Set<DuplicateReason> shared = EnumSet.noneOf(DuplicateReason.class);
        for (DuplicateReason candidate : kind.reasons()) {
            if (allShare(block.members(), candidate)) {
                shared.add(candidate);
            }
        }
        boolean sameName = found.stream()
                        .map(record -> name.apply(record).toLowerCase(Locale.ROOT))
                        .distinct()
                        .count()
                == 1;
        double apart = 1.0;
        for (DuplicateReason r : shared) {
            int weight = r == DuplicateReason.SIMILAR_NAME && sameName ? r.weight() + SAME_NAME_BONUS : r.weight();
            apart *= 1.0 - weight / 100.0;
        }
        int score = (int) Math.round(100 * (1.0 - apart));
        return new DuplicateGroup<>(reason, block.key(), block.size(), score, shared, found);
    }

    private static boolean allShare(List<DuplicateCandidate> members, DuplicateReason reason) {
        @Nullable String first = members.isEmpty() ? null : members.get(0).key(reason);
        return first != null && members.stream().allMatch(m -> first.equals(m.key(reason)));
    }

    /** {@code similar_name, same_phone}, as every "must be one of" lists its choices. */
    private static String codes(DuplicateKind kind) {
        return kind.reasons().stream().map(DuplicateReason::code).collect(Collectors.joining(", "));
    }
}
