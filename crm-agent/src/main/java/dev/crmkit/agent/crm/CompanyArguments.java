package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import org.jspecify.annotations.Nullable;

/**
 * The company tools' parameters, field by field, as argument records the dispatcher expands: each
 * field's description and bound (from {@link Company}'s limits, except notes, which a model writes at
 * most {@value CrmViews#TEXT_MAX} characters of), and the crm-core command or query they make. The
 * one place a company field is described to a model; {@link CompanyTools} holds only the tools.
 */
final class CompanyArguments {

    private CompanyArguments() {}

    /** The fields of {@code create_company}. */
    record Create(
            @P("company name, e.g. Acme") @MaxLength(Company.NAME_MAX)
            String name,

            @P("web domain, e.g. acme.com") @MaxLength(Company.DOMAIN_MAX) @Nullable
            String domain,

            @P("industry") @MaxLength(Company.INDUSTRY_MAX) @Nullable
            String industry,

            @P("head count or band, e.g. 11-50") @MaxLength(Company.SIZE_MAX) @Nullable
            String size,

            @P("phone number") @MaxLength(Company.PHONE_MAX) @Nullable
            String phone,

            @P("postal address") @MaxLength(Company.ADDRESS_MAX) @Nullable
            String address,

            @P("notes") @FreeText @Nullable String notes)
            implements AggregateTools.Creating<NewCompany> {

        @Override
        public NewCompany command() {
            return new NewCompany(name, domain, industry, size, phone, address, notes);
        }
    }

    /** The filters and paging of {@code search_companies}. */
    record Search(
            @P("text to look for, e.g. acme") @SearchText @Nullable
            String text,

            TagFilter tag,
            SortedPaging<CompanySort> paging)
            implements AggregateTools.Searching<CompanyQuery> {

        @Override
        public CompanyQuery query() {
            return CompanyQuery.all().withText(text).withTags(tag.tags()).withPage(paging.request(CompanySort.ID));
        }
    }

    /** The fields {@code update_company} changes, each left as it is when not given. */
    record Update(
            @P("new name") @MaxLength(Company.NAME_MAX) Patch<String> name,

            @P("new web domain") @MaxLength(Company.DOMAIN_MAX)
            Patch<String> domain,

            @P("new industry") @MaxLength(Company.INDUSTRY_MAX)
            Patch<String> industry,

            @P("new size") @MaxLength(Company.SIZE_MAX) Patch<String> size,
            @P("new phone") @MaxLength(Company.PHONE_MAX) Patch<String> phone,

            @P("new address") @MaxLength(Company.ADDRESS_MAX)
            Patch<String> address,

            @P("new notes, replacing the old") @FreeText Patch<String> notes)
            implements AggregateTools.Updating<CompanyUpdate> {

        /** @return the update, without an expected version: a tool changes the record as it is now */
        @Override
        public CompanyUpdate update() {
            return new CompanyUpdate(name, domain, industry, size, phone, address, notes, null);
        }
    }
}
