package dev.crmkit.examples.web.page;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The company form as posted. Field names are crm-core's, so a {@code ValidationException}'s
 * errors land next to the right input without renaming. Blank optional fields clear the value.
 */
record CompanyForm(
        @Nullable String name,
        @Nullable String domain,
        @Nullable String industry,
        @Nullable String size,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String notes,
        @Nullable Long version,
        @Nullable String tags)
        implements RecordForm<NewCompany, CompanyUpdate> {

    static CompanyForm empty() {
        return new CompanyForm("", "", "", "", "", "", "", null, "");
    }

    static CompanyForm of(Company company, List<String> tags) {
        return new CompanyForm(
                company.name(),
                company.domain(),
                company.industry(),
                company.size(),
                company.phone(),
                company.address(),
                company.notes(),
                company.version(),
                String.join(", ", tags));
    }

    @Override
    public List<String> tagNames() {
        return FormFields.tagNames(tags);
    }

    @Override
    public NewCompany toNew() {
        return new NewCompany(name == null ? "" : name, domain, industry, size, phone, address, notes);
    }

    @Override
    public CompanyUpdate toUpdate() {
        CompanyUpdate.Builder update = CompanyUpdate.builder()
                .name(name)
                .domain(domain)
                .industry(industry)
                .size(size)
                .phone(phone)
                .address(address)
                .notes(notes);
        if (version != null) {
            update.expectedVersion(version);
        }
        return update.build();
    }
}
