package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyDomain;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What import rows refer to by natural key, read once per batch: contacts by email, companies by
 * domain, pipelines by name; and the tags a row sets. Used inside a batch's transaction.
 */
final class References {

    private References() {}

    /** {@return the stored contacts with these emails (lower-cased), by email} */
    static Map<String, Contact> contacts(Crm crm, Collection<String> emails) {
        Map<String, Contact> found = new HashMap<>();
        if (!emails.isEmpty()) {
            crm.contacts().findByEmails(emails).forEach(c -> found.put(c.email(), c));
        }
        return found;
    }

    /** {@return the references of these rows that name something (null: the row names nothing)} */
    static <P> List<String> named(List<Row<P>> rows, Function<P, @Nullable String> reference) {
        return rows.stream()
                .map(row -> reference.apply(row.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * {@return the id of the record a row names, or null when it names none or one that is not there}
     *
     * @param found the stored records by the name rows use
     * @param name the row's reference (null: none)
     * @param field the reference's column, for the error
     * @param missing the error's text, before the name: {@code no contact has the email }
     */
    static @Nullable Long idOf(
            FieldErrors errors,
            Map<String, ? extends CrmRecord> found,
            @Nullable String name,
            String field,
            String missing) {
        if (name == null) {
            return null;
        }
        CrmRecord record = found.get(name);
        errors.check(record != null, field, missing + name);
        return record == null ? null : record.id();
    }

    /** {@return the stored companies with these normalized domains, by domain} */
    static Map<String, Company> companies(Crm crm, Collection<String> domains) {
        Map<String, Company> found = new HashMap<>();
        for (String domain : domains.stream().distinct().toList()) {
            crm.companies().findByDomain(domain).ifPresent(c -> found.put(domain, c));
        }
        return found;
    }

    /** The key of the oldest pipeline in {@link #pipelines}: the one a deal without a pipeline goes to. */
    static final String OLDEST = "";

    /** {@return every pipeline by name (the first of a name), and the oldest under {@link #OLDEST}: few, read once per batch} */
    static Map<String, Pipeline> pipelines(Crm crm) {
        Map<String, Pipeline> byName = new HashMap<>();
        for (Pipeline p : Pages.all(
                cursor -> crm.pipelines().find(PipelineQuery.all().limit(500).after(cursor)))) {
            byName.putIfAbsent(OLDEST, p);
            byName.putIfAbsent(p.name(), p);
        }
        return byName;
    }

    /** {@return the normalized domain of a cell, or null when blank; refuses a cell that is no domain} */
    static @Nullable String domain(FieldErrors errors, String field, @Nullable String cell) {
        return CompanyDomain.normalize(errors, field, cell);
    }

    /** {@return the tag names of a {@code tags} cell (comma-separated), normalized and sorted; null without a column} */
    static @Nullable List<String> tags(FieldErrors errors, Cells cells) {
        if (!cells.has("tags")) {
            return null;
        }
        String cell = Objects.requireNonNullElse(cells.text("tags"), "");
        List<String> names =
                Arrays.stream(cell.split(",")).filter(name -> !name.isBlank()).toList();
        return TagNames.normalizeAll("tags", names, errors);
    }

    /** {@return the tags of these records, each list sorted, by id} */
    static Map<Long, List<String>> tagsOf(Crm crm, TaggableKind kind, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : crm.tags().tagsOf(kind, ids);
    }

    /** {@return whether a record's tags already are the wanted ones (null: the file has no tags column)} */
    static boolean sameTags(@Nullable List<String> wanted, @Nullable List<String> current) {
        if (wanted == null) {
            return true;
        }
        List<String> have = current == null ? List.of() : current;
        return have.stream()
                .map(TagNames::key)
                .toList()
                .equals(wanted.stream().map(TagNames::key).toList());
    }

    /** Sets the record's tags to the wanted ones, when the file has a tags column and they differ. */
    static boolean syncTags(
            Crm crm, TaggableKind kind, long id, @Nullable List<String> wanted, @Nullable List<String> current) {
        if (sameTags(wanted, current)) {
            return false;
        }
        crm.tags().replace(kind, id, Objects.requireNonNull(wanted));
        return true;
    }
}
