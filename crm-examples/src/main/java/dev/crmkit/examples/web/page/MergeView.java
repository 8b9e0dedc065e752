package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.service.DuplicateService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the duplicate pages show of a record: its title, the address of its page, and the value of
 * each field a merge chooses, as text. One of these per kind, so the templates need no branch.
 */
record MergeView(long id, long version, String title, String href, Map<String, String> values) {

    /** {@code contacts} or {@code companies}, as the page's {@code kind} parameter names it. */
    static DuplicateKind kind(@Nullable String kind) {
        if (kind == null || kind.isBlank() || kind.equals("contacts")) {
            return DuplicateKind.CONTACT;
        }
        if (kind.equals("companies")) {
            return DuplicateKind.COMPANY;
        }
        throw new ValidationException("kind", "must be contacts or companies");
    }

    /** {@code contacts} or {@code companies}. */
    static String param(DuplicateKind kind) {
        return kind == DuplicateKind.CONTACT ? "contacts" : "companies";
    }

    /** The fields a merge of this kind chooses, in form order. */
    static List<String> fields(DuplicateKind kind) {
        return DuplicateService.mergeFields(kind);
    }

    static MergeView of(CrmRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        if (record instanceof Contact c) {
            values.put("firstName", c.firstName());
            values.put("lastName", c.lastName());
            values.put("email", c.email());
            values.put("phone", text(c.phone()));
            values.put("company", text(c.company()));
            values.put("position", text(c.position()));
            values.put("notes", text(c.notes()));
            values.put(
                    "customFields",
                    c.customFields().isEmpty() ? "" : c.customFields().toJson());
            return new MergeView(c.id(), c.version(), c.fullName(), "/contacts/" + c.id(), values);
        }
        Company c = (Company) record;
        values.put("name", c.name());
        values.put("domain", text(c.domain()));
        values.put("industry", text(c.industry()));
        values.put("size", text(c.size()));
        values.put("phone", text(c.phone()));
        values.put("address", text(c.address()));
        values.put("notes", text(c.notes()));
        values.put(
                "customFields",
                c.customFields().isEmpty() ? "" : c.customFields().toJson());
        return new MergeView(c.id(), c.version(), c.name(), "/companies/" + c.id(), values);
    }

    /** The record with this id, as the page shows it. */
    static MergeView load(Crm crm, DuplicateKind kind, long id) {
        return of(
                kind == DuplicateKind.CONTACT
                        ? crm.contacts().getById(id)
                        : crm.companies().getById(id));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
