package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The company pages over HTTP, as plain forms: list with search, detail with contacts and deals, the pickers. */
@WebAppTest
class CompanyPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient browser;
    String tag;

    @BeforeEach
    void session() {
        browser = ApiClient.loggedIn(port);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void should_create_a_company_by_form_and_find_it_by_search() {
        Reply created =
                browser.form("/companies", "name=Acme+" + tag + "&domain=https%3A%2F%2Fwww." + tag + ".example%2F");
        Reply refused = browser.form("/companies", "name=Other&domain=" + tag + ".example");

        assertThat(created.status()).isEqualTo(302);
        assertThat(crm.companies().find(CompanyQuery.all().withText(tag)).items())
                .extracting(Company::domain)
                .containsExactly(tag + ".example");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"domain-error\"")
                .as("the summary above the form, as on the contact form")
                .contains("id=\"error-summary\"")
                .contains("<a href=\"#domain\">Domain ");
        assertThat(browser.get("/companies?q=" + tag).body())
                .contains("Acme " + tag)
                .contains("(1)");
        assertThat(browser.get("/companies").body()).contains("href=\"/companies\"");
    }

    @Test
    void should_show_a_company_and_a_contact_with_their_deals_by_stage_name() {
        Company company = crm.companies().create(NewCompany.of("Globex " + tag));
        Contact hank = crm.contacts()
                .create(NewContact.of("Hank", "Scorpio", tag + "@example.com").withCompanyId(company.id()));
        long pipeline = NamedStages.pipeline(crm, "P " + tag);
        Deal deal = crm.deals()
                .create(NewDeal.builder("Doomsday " + tag)
                        .pipelineId(pipeline)
                        .companyId(company.id())
                        .contactId(hank.id())
                        .build());

        String companyPage = browser.get("/companies/" + company.id()).body();
        String contactPage = browser.get("/contacts/" + hank.id()).body();

        assertThat(companyPage).contains("Globex " + tag).contains("Hank Scorpio");
        for (String page : List.of(companyPage, contactPage)) {
            assertThat(page)
                    .contains("<a href=\"/deals/" + deal.id() + "\">Doomsday " + tag + "</a>")
                    .contains("<span>Proof of concept</span>");
        }
    }

    @Test
    void should_tag_a_company_by_form_show_its_chips_and_filter_the_list_by_tag() {
        String vip = "vip-" + tag;
        Reply created = browser.form("/companies", "name=Tagged+" + tag + "&tags=" + vip + "%2C+partner-" + tag);
        crm.companies().create(NewCompany.of("Untagged " + tag));
        assertThat(created.status()).isEqualTo(302);
        long id = crm.companies()
                .find(CompanyQuery.all().withTags(List.of(vip)))
                .items()
                .get(0)
                .id();

        assertThat(browser.get("/companies/" + id).body()).contains(">" + vip + "</a>");
        assertThat(browser.get("/companies/" + id + "/edit").body()).contains("partner-" + tag + ", " + vip);
        assertThat(browser.get("/companies?q=" + tag + "&tag=" + vip).body())
                .contains("Tagged " + tag)
                .doesNotContain("Untagged " + tag)
                .contains("id=\"tag-filter\"");

        Reply saved = browser.form("/companies/" + id, "name=Tagged+" + tag + "&version=0&tags=");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(crm.tags().tagsOf(TaggableKind.COMPANY, id)).isEmpty();
    }

    @Test
    void should_link_a_contact_to_a_company_with_the_picker() {
        Company company = crm.companies().create(NewCompany.of("Initech " + tag));
        Contact contact = crm.contacts().create(NewContact.of("Peter", "Gibbons", tag + "@example.com"));

        assertThat(browser.get("/contacts/" + contact.id() + "/edit").body()).contains("Initech " + tag);
        Reply saved = browser.form(
                "/contacts/" + contact.id(),
                "firstName=Peter&lastName=Gibbons&email=" + tag + "%40example.com&version=0&companyId=" + company.id());

        assertThat(saved.status()).isEqualTo(302);
        Contact linked = crm.contacts().getById(contact.id());
        assertThat(linked.companyId()).isEqualTo(company.id());
        assertThat(linked.company()).isEqualTo("Initech " + tag);
        assertThat(browser.get("/contacts/" + contact.id()).body()).contains("id=\"contact-company\"");
    }
}
