package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.tag.TaggableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Imports contacts from CSV ({@link CsvImporter} has the format, batches, dry run and error CSV),
 * upserting by email: a row whose email (ignoring case) is stored updates that contact, or leaves
 * it untouched when nothing differs; any other row creates a contact.
 *
 * <p>The fields: {@code firstName}, {@code lastName} and {@code email} must have a column; {@code
 * phone}, {@code company}, {@code position}, {@code notes} may. {@code companyDomain} links the
 * contact to the stored company with that domain (a row naming an unknown domain is refused; an
 * empty cell unlinks). {@code tags} sets the contact's tags, comma-separated. Each batch reads the
 * stored emails with one query per 500 and creates its new contacts as one bulk insert.
 */
public final class ContactImporter extends CsvImporter<ContactImporter, ContactImporter.ContactRow> {

    /** The fields, in the order {@link Exporter} writes them. */
    static final List<String> FIELDS =
            List.of("firstName", "lastName", "email", "phone", "company", "position", "notes", "companyDomain", "tags");

    /** @param crm the CRM to import into */
    public ContactImporter(Crm crm) {
        super(crm, FIELDS, FIELDS.subList(0, 3));
    }

    /** A checked row: the contact to create, the update for a stored one, and its references. */
    record ContactRow(
            NewContact contact,
            ContactUpdate update,
            boolean hasCompanyDomain,
            @Nullable String companyDomain,
            @Nullable List<String> tags) {}

    @Override
    ContactRow parse(Cells cells) {
        FieldErrors errors = new FieldErrors();
        String domain = References.domain(errors, "companyDomain", cells.text("companyDomain"));
        List<String> tags = References.tags(errors, cells);
        NewContact contact = errors.collect(
                "",
                () -> new NewContact(
                        cells.raw("firstName"),
                        cells.raw("lastName"),
                        cells.raw("email"),
                        cells.raw("phone"),
                        cells.raw("company"),
                        cells.raw("position"),
                        cells.raw("notes")));
        errors.throwIfAny();
        ContactUpdate.Builder update = ContactUpdate.builder()
                .firstName(contact.firstName())
                .lastName(contact.lastName())
                .email(contact.email());
        if (cells.has("phone")) {
            update.phone(contact.phone());
        }
        if (cells.has("company")) {
            update.company(contact.company());
        }
        if (cells.has("position")) {
            update.position(contact.position());
        }
        if (cells.has("notes")) {
            update.notes(contact.notes());
        }
        return new ContactRow(
                Objects.requireNonNull(contact), update.build(), cells.has("companyDomain"), domain, tags);
    }

    @Override
    String key(ContactRow row) {
        return row.contact().email();
    }

    @Override
    void upsert(List<Row<ContactRow>> rows, Batch batch) {
        Map<String, Contact> stored =
                References.contacts(crm, References.named(rows, r -> r.contact().email()));
        Map<String, Company> companies = References.companies(crm, References.named(rows, ContactRow::companyDomain));
        TagSync tags =
                TagSync.read(crm, TaggableKind.CONTACT, rows.get(0).value().tags() != null, stored.values());
        List<NewContact> created = new ArrayList<>();
        List<@Nullable List<String>> createdTags = new ArrayList<>();
        for (Row<ContactRow> row : rows) {
            ContactRow r = row.value();
            FieldErrors errors = new FieldErrors();
            Long companyId = References.idOf(
                    errors, companies, r.companyDomain(), "companyDomain", "no company has the domain ");
            if (batch.refused(row, errors)) {
                continue;
            }
            Contact current = stored.get(r.contact().email());
            if (current == null) {
                created.add(r.contact().withCompanyId(companyId));
                createdTags.add(r.tags());
                continue;
            }
            ContactUpdate update = r.hasCompanyDomain() ? withCompany(r.update(), companyId) : r.update();
            boolean changed = !update.applyTo(current, current.updatedAt()).equals(current)
                    && crm.contacts().update(current.id(), update).version() != current.version();
            boolean retagged = tags.sync(current.id(), r.tags());
            batch.counted(changed || retagged);
        }
        List<Contact> inserted = crm.contacts().createAll(created);
        tags.created(inserted, createdTags);
        batch.created += inserted.size();
    }

    private static ContactUpdate withCompany(ContactUpdate u, @Nullable Long companyId) {
        return new ContactUpdate(
                u.firstName(),
                u.lastName(),
                u.email(),
                u.phone(),
                u.company(),
                u.position(),
                u.notes(),
                u.expectedVersion(),
                Patch.setOrClear(companyId));
    }
}
