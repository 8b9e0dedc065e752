package dev.crmkit.agent.crm;

import dev.crmkit.core.company.Company;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A company as the tools return it (see {@link CrmViews}); notes only in a single-record result.
 *
 * @param id       the company's id
 * @param name     its name
 * @param domain   its normalized web domain
 * @param industry its industry
 * @param size     head count or band
 * @param phone    its phone
 * @param address  its postal address
 * @param notes    free text, cut to {@value CrmViews#TEXT_MAX} characters
 * @param customFields its custom field values, in a single-record result that has any
 */
public record CompanyView(
        long id,
        String name,
        @Nullable String domain,
        @Nullable String industry,
        @Nullable String size,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String notes,
        @Nullable Map<String, Object> customFields) {

    static CompanyView of(Company company, boolean withNotes) {
        return new CompanyView(
                company.id(),
                company.name(),
                company.domain(),
                company.industry(),
                company.size(),
                company.phone(),
                company.address(),
                withNotes ? CrmViews.cut(company.notes()) : null,
                withNotes ? CrmViews.values(company.customFields()) : null);
    }
}
