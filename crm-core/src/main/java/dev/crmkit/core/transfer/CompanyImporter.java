package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.query.Pages;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports companies from CSV ({@link CsvImporter} has the format, batches, dry run and error CSV),
 * upserting by domain, compared normalized ({@code https://www.Acme.com/} is {@code acme.com}): a
 * row whose domain is stored updates that company, or leaves it untouched when nothing differs.
 * A row without a domain matches the company of exactly that name that has no domain either.
 *
 * <p>The fields: {@code name} must have a column; {@code domain}, {@code industry}, {@code size},
 * {@code phone}, {@code address} and {@code notes} may.
 */
public final class CompanyImporter extends CsvImporter<CompanyImporter, NewCompany> {

    /** The fields, in the order {@link Exporter} writes them. */
    static final List<String> FIELDS = List.of("name", "domain", "industry", "size", "phone", "address", "notes");

    /** @param crm the CRM to import into */
    public CompanyImporter(Crm crm) {
        super(crm, FIELDS, List.of("name"));
    }

    @Override
    NewCompany parse(Cells cells) {
        FieldErrors errors = new FieldErrors();
        NewCompany company = errors.collect(
                "",
                () -> new NewCompany(
                        cells.raw("name"),
                        cells.raw("domain"),
                        cells.raw("industry"),
                        cells.raw("size"),
                        cells.raw("phone"),
                        cells.raw("address"),
                        cells.raw("notes")));
        errors.throwIfAny();
        return Objects.requireNonNull(company);
    }

    @Override
    String key(NewCompany row) {
        return row.domain() != null ? row.domain() : "\u0000" + row.name();
    }

    @Override
    void upsert(List<Row<NewCompany>> rows, Batch batch) {
        Map<String, Company> byDomain = References.companies(crm, References.named(rows, NewCompany::domain));
        for (Row<NewCompany> row : rows) {
            NewCompany c = row.value();
            Optional<Company> stored =
                    c.domain() != null ? Optional.ofNullable(byDomain.get(c.domain())) : withoutDomain(c.name());
            if (stored.isEmpty()) {
                crm.companies().create(c);
                batch.created++;
                continue;
            }
            Company current = stored.get();
            CompanyUpdate update = update(c);
            boolean changed = !update.applyTo(current, current.updatedAt()).equals(current)
                    && crm.companies().update(current.id(), update).version() != current.version();
            batch.counted(changed);
        }
    }

    private CompanyUpdate update(NewCompany c) {
        CompanyUpdate.Builder update = CompanyUpdate.builder().name(c.name());
        ifColumn("domain", () -> update.domain(c.domain()));
        ifColumn("industry", () -> update.industry(c.industry()));
        ifColumn("size", () -> update.size(c.size()));
        ifColumn("phone", () -> update.phone(c.phone()));
        ifColumn("address", () -> update.address(c.address()));
        ifColumn("notes", () -> update.notes(c.notes()));
        return update.build();
    }

    private Optional<Company> withoutDomain(String name) {
        return Pages.all(cursor -> crm.companies()
                        .find(CompanyQuery.all().withText(name).limit(500).after(cursor)))
                .stream()
                .filter(company -> company.domain() == null && company.name().equals(name))
                .findFirst();
    }
}
