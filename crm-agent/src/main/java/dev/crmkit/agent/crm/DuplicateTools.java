package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.CheckedArguments;
import dev.crmkit.agent.tool.RequiresConfirmation;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.duplicate.DuplicateGroup;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.DuplicatePage;
import dev.crmkit.core.duplicate.DuplicateQuery;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.service.CompanyService;
import dev.crmkit.core.service.ContactService;
import dev.crmkit.core.service.DuplicateService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Likely duplicates, found and merged. The model only proposes a merge: {@code merge_duplicates}
 * is {@link RequiresConfirmation}, so it waits for the host's confirmation like a delete, and runs
 * then with the versions the records have at that moment (the merge checks them in its own
 * transaction, so an edit racing it fails one of the two, never half). Thread-safe.
 */
record DuplicateTools(DuplicateService duplicates, ContactService contacts, CompanyService companies) {

    /** Groups a result lists: enough to choose from, little context spent. */
    static final int GROUPS = 10;

    /**
     * Records that are likely one.
     *
     * @param reason what they share: {@code same_email}, {@code same_phone} or {@code similar_name}
     * @param score how likely they are one, 0 to 100
     * @param ids their ids, the oldest first
     * @param names their names
     */
    public record GroupView(String reason, int score, List<Long> ids, List<String> names) {

        static GroupView of(DuplicateGroup<? extends CrmRecord> group) {
            return new GroupView(
                    group.reason().code(),
                    group.score(),
                    group.records().stream().map(CrmRecord::id).toList(),
                    group.records().stream().map(DuplicateTools::name).toList());
        }
    }

    /**
     * What a merge did.
     *
     * @param kind {@code contact} or {@code company}
     * @param id the record kept
     * @param mergedIds the records merged into it and moved to the trash
     * @param moved kind of related record → how many now link to the record kept
     */
    public record MergedView(String kind, long id, List<Long> mergedIds, Map<String, Integer> moved) {}

    @Tool(
            name = "find_duplicates",
            value = "List groups of likely duplicate contacts or companies (same email, same phone, similar name),"
                    + " the likeliest first. Example: {\"kind\": \"contact\"}")
    List<GroupView> findDuplicates(@P("contact or company") DuplicateKind kind) {
        DuplicateQuery query = DuplicateQuery.all().limit(GROUPS);
        DuplicatePage<? extends CrmRecord> page =
                kind == DuplicateKind.CONTACT ? duplicates.contacts(query) : duplicates.companies(query);
        return page.groups().stream().map(GroupView::of).toList();
    }

    /**
     * The parameters of {@code merge_duplicates}.
     *
     * @param kind contact or company
     * @param keepId the record kept
     * @param mergeId the record merged into it
     */
    record Merge(
            @P("contact or company") DuplicateKind kind,
            @P("id of the record to keep") long keepId,

            @P("id of the record merged into it and trashed")
            long mergeId)
            implements CheckedArguments<Object> {

        /** @throws ValidationException on a record merged into itself, named as the tool names it */
        @Override
        public void check(Object tools) {
            if (keepId != 0 && keepId == mergeId) {
                throw new ValidationException("mergeId", "must not be keepId");
            }
        }
    }

    @Tool(
            name = "merge_duplicates",
            value = "Merge one contact or company into another: its deals, tasks, activities and tags (a company's"
                    + " contacts and deals) move to the one kept, which keeps its values and takes the missing ones;"
                    + " the other goes to the trash. The user must confirm it first."
                    + " Example: {\"kind\": \"contact\", \"keepId\": 1, \"mergeId\": 2}")
    @RequiresConfirmation
    MergedView mergeDuplicates(Merge merge) {
        merge.check(this);
        DuplicateKind kind = merge.kind();
        long keepId = merge.keepId();
        long mergeId = merge.mergeId();
        Map<Long, Long> versions = new LinkedHashMap<>();
        if (kind == DuplicateKind.CONTACT) {
            versions.put(keepId, contacts.getById(keepId).version());
            versions.put(mergeId, contacts.getById(mergeId).version());
            return view(kind, duplicates.mergeContacts(MergeRequest.of(keepId, versions)));
        }
        versions.put(keepId, companies.getById(keepId).version());
        versions.put(mergeId, companies.getById(mergeId).version());
        return view(kind, duplicates.mergeCompanies(MergeRequest.of(keepId, versions)));
    }

    private static MergedView view(DuplicateKind kind, MergeResult<? extends CrmRecord> result) {
        return new MergedView(kind.entity(), result.record().id(), result.mergedIds(), result.relinked());
    }

    private static String name(@Nullable CrmRecord record) {
        if (record instanceof Contact c) {
            return c.fullName();
        }
        return record instanceof Company c ? c.name() : "";
    }
}
