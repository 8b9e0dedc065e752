package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchKind;
import dev.crmkit.core.search.SearchQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * One search over contacts, companies and deals: ranked exact email or domain, then name or title
 * prefix, then word prefix, then contains; ignoring case; bounded; what a user types matched literally.
 */
public abstract class SearchContract extends ContractTest {

    private List<SearchHit> search(String text) {
        return crm().search().find(SearchQuery.of(text));
    }

    private Contact contact(String first, String last, String email, @Nullable String company) {
        return crm().contacts()
                .create(aContact()
                        .withFirstName(first)
                        .withLastName(last)
                        .withEmail(email)
                        .withCompany(company)
                        .build());
    }

    private Deal deal(Pipeline pipeline, String title) {
        return crm().deals()
                .create(NewDeal.builder(title)
                        .pipelineId(pipeline.id())
                        .value(Money.of("16000", "EUR"))
                        .build());
    }

    @Test
    void should_rank_prefix_then_word_prefix_then_contains() {
        Contact contains = contact("Grace", "Hopper", "grace@navy.mil", "Challenger Ltd");
        Contact wordPrefix = contact("Charles", "Babbage", "charles@example.org", "Difference Engine Ltd");
        Contact prefix = contact("Engel", "Bert", "engel@example.com", null);
        contact("Nobody", "Else", "nobody@example.com", null);
        Deal dealPrefix = deal(givenPipeline(), "Engine overhaul");

        assertThat(search("ENG"))
                .extracting(SearchHit::kind, SearchHit::id, SearchHit::score)
                .containsExactly(
                        tuple(SearchKind.CONTACT, prefix.id(), SearchHit.PREFIX),
                        tuple(SearchKind.DEAL, dealPrefix.id(), SearchHit.PREFIX),
                        tuple(SearchKind.CONTACT, wordPrefix.id(), SearchHit.WORD_PREFIX),
                        tuple(SearchKind.CONTACT, contains.id(), SearchHit.CONTAINS));
    }

    @Test
    void should_describe_a_contact_and_a_deal_in_their_hits() {
        Contact ada = contact("Ada", "Lovelace", "ada@analytical.org", "Analytical Engines");
        Pipeline pipeline = givenPipeline();
        Deal deal = deal(pipeline, "Lovelace licence");

        assertThat(search("lovelace"))
                .containsExactly(
                        new SearchHit(
                                SearchKind.DEAL,
                                deal.id(),
                                "Lovelace licence",
                                "16000.00 EUR · " + deal.status(),
                                SearchHit.PREFIX),
                        new SearchHit(
                                SearchKind.CONTACT,
                                ada.id(),
                                "Ada Lovelace",
                                "ada@analytical.org · Analytical Engines",
                                SearchHit.WORD_PREFIX));
    }

    @Test
    void should_order_equal_scores_by_title_ignoring_case() {
        Pipeline pipeline = givenPipeline();
        Deal beta = deal(pipeline, "beta rollout");
        Contact alpha = contact("Alpha", "Beta", "alpha@example.com", null);
        Deal betaCaps = deal(pipeline, "Beta Launch");

        assertThat(search("be"))
                .extracting(SearchHit::id, SearchHit::score)
                .containsExactly(
                        tuple(betaCaps.id(), SearchHit.PREFIX),
                        tuple(beta.id(), SearchHit.PREFIX),
                        tuple(alpha.id(), SearchHit.WORD_PREFIX));
    }

    @Test
    void should_return_at_most_the_limit_best_first_across_kinds() {
        Pipeline pipeline = givenPipeline();
        for (int i = 0; i < 6; i++) {
            contact("Nova" + i, "Person", "nova" + i + "@example.com", null);
            deal(pipeline, "Supernova " + i);
        }

        List<SearchHit> hits = crm().search().find(new SearchQuery("nova", 7));

        assertThat(hits).hasSize(7);
        assertThat(hits.subList(0, 6)).allSatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchKind.CONTACT);
            assertThat(hit.score()).isEqualTo(SearchHit.PREFIX);
        });
        assertThat(hits.get(6).kind()).isEqualTo(SearchKind.DEAL);
        assertThat(hits.get(6).title()).isEqualTo("Supernova 0");
        assertThat(crm().search().find(new SearchQuery("nova", 3)))
                .extracting(SearchHit::title)
                .containsExactly("Nova0 Person", "Nova1 Person", "Nova2 Person");
    }

    @Test
    void should_fill_the_limit_with_contains_hits_when_few_prefixes_match() {
        Contact prefix = contact("Mira", "Stone", "mira@example.com", null);
        Contact contains1 = contact("Almira", "Jones", "almira@example.com", null);
        Contact contains2 = contact("Kasimir", "Ahl", "kasimir@example.com", null);

        assertThat(crm().search().find(new SearchQuery("mir", 2)))
                .extracting(SearchHit::id)
                .containsExactly(prefix.id(), contains1.id());
        assertThat(crm().search().find(new SearchQuery("mir", 5)))
                .extracting(SearchHit::id)
                .containsExactly(prefix.id(), contains1.id(), contains2.id());
    }

    @Test
    void should_follow_updates_and_deletes() {
        Contact contact = contact("Old", "Name", "old@example.com", null);
        Deal deal = deal(givenPipeline(), "Old title");

        crm().contacts()
                .update(
                        contact.id(),
                        ContactUpdate.builder().firstName("Quentin").build());
        crm().deals()
                .update(deal.id(), DealUpdate.builder().title("Quasar deal").build());

        assertThat(search("old")).extracting(SearchHit::id).containsExactly(contact.id());
        assertThat(search("q")).extracting(SearchHit::title).containsExactly("Quasar deal", "Quentin Name");

        crm().contacts().deleteById(contact.id());
        crm().deals().deleteById(deal.id());

        assertThat(search("q")).isEmpty();
    }

    @Test
    void should_see_the_writes_of_its_own_transaction() {
        List<SearchHit> hits = crm().inTransaction(() -> {
            Contact inside = contact("Inside", "Transaction", "inside@example.com", null);
            crm().deals()
                    .update(
                            deal(givenPipeline(), "Outside").id(),
                            DealUpdate.builder().title("Inside deal").build());
            assertThat(inside.id()).isPositive();
            return search("inside");
        });

        assertThat(hits).extracting(SearchHit::title).containsExactly("Inside deal", "Inside Transaction");
    }

    @Test
    void should_match_percent_underscore_and_accents_literally_ignoring_case() {
        Contact percent = contact("Per", "Cent", "percent@example.com", "100% Ölwerke_AG");
        contact("Other", "Person", "other@example.com", "100 Ölwerke AG");

        assertThat(search("100%")).extracting(SearchHit::id).containsExactly(percent.id());
        assertThat(search("ÖLWERKE_")).extracting(SearchHit::id).containsExactly(percent.id());
        assertThat(search("nothing like this")).isEmpty();
    }

    @Test
    void should_find_a_contact_by_its_exact_email_ignoring_case() {
        Contact ada = contact("Ada", "Lovelace", "ada@example.com", null);
        contact("Adam", "Smith", "ada@example.com.au", null);

        assertThat(search("  ADA@Example.com ").get(0))
                .extracting(SearchHit::id, SearchHit::score)
                .containsExactly(ada.id(), SearchHit.EXACT);
    }

    @Test
    void should_rank_companies_by_name_and_domain_with_contacts_and_deals() {
        Company byName =
                crm().companies().create(NewCompany.of("Globex Corporation").withDomain("globex.com"));
        Company byWord = crm().companies().create(NewCompany.of("Hank's Globex Fans"));
        Company byDomain =
                crm().companies().create(NewCompany.of("Cypress Creek").withDomain("www.myglobex.net"));
        Contact contact = contact("Globetta", "Smith", "gs@example.com", null);
        Deal deal = deal(givenPipeline(), "New globex contract");

        assertThat(search("GLOBEX"))
                .extracting(SearchHit::kind, SearchHit::id, SearchHit::score)
                .containsExactly(
                        tuple(SearchKind.COMPANY, byName.id(), SearchHit.PREFIX),
                        tuple(SearchKind.COMPANY, byWord.id(), SearchHit.WORD_PREFIX),
                        tuple(SearchKind.DEAL, deal.id(), SearchHit.WORD_PREFIX),
                        tuple(SearchKind.COMPANY, byDomain.id(), SearchHit.CONTAINS));
        assertThat(search("glob")).extracting(SearchHit::id).contains(contact.id());
        assertThat(search("globex.com"))
                .containsExactly(new SearchHit(
                        SearchKind.COMPANY, byName.id(), "Globex Corporation", "globex.com", SearchHit.EXACT));
        assertThat(search("cypress"))
                .containsExactly(new SearchHit(
                        SearchKind.COMPANY, byDomain.id(), "Cypress Creek", "myglobex.net", SearchHit.PREFIX));
        assertThat(search("fans")).extracting(SearchHit::subtitle).containsExactly("");
    }

    @Test
    void should_follow_a_company_rename_and_delete() {
        Company company = crm().companies().create(NewCompany.of("Initech").withDomain("initech.com"));

        crm().companies()
                .update(company.id(), CompanyUpdate.builder().name("Initrode").build());

        assertThat(search("initech")).extracting(SearchHit::title).containsExactly("Initrode");
        assertThat(search("initrode")).extracting(SearchHit::score).containsExactly(SearchHit.PREFIX);

        crm().companies().deleteById(company.id());

        assertThat(search("initrode")).isEmpty();
    }

    @Test
    void should_stop_at_an_exact_email_without_the_contains_hits() {
        Contact ada = contact("Ada", "Lovelace", "ada@example.com", null);
        contact("Ada", "Other", "x.ada@example.com", null);

        assertThat(search("ada@example.com")).extracting(SearchHit::id).containsExactly(ada.id());
        assertThat(search("ada@example.co"))
                .as("a text that is no one's email still finds what contains it")
                .hasSize(2);
    }

    @Test
    void should_refuse_a_blank_or_too_long_text_and_a_bad_limit() {
        assertThatThrownBy(() -> SearchQuery.of("  "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsEntry("q", "must not be blank"));
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(SearchQuery.TEXT_MAX + 1)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("q"));
        assertThatThrownBy(() -> SearchQuery.of("ada", SearchQuery.LIMIT_MAX + 1))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("limit"));
        assertThatThrownBy(() -> SearchQuery.of("ada", 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void should_find_a_text_of_the_longest_length() {
        String longest = "é".repeat(SearchQuery.TEXT_MAX);
        Contact contact = contact("Long", "Name", "long@example.com", longest);

        assertThat(search(longest.toUpperCase())).extracting(SearchHit::id).containsExactly(contact.id());
    }
}
