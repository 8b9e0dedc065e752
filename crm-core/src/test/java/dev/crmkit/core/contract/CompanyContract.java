package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyEvent;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.trash.TrashEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Companies: create, read, update, delete, search, paging, and the links of contacts and deals. */
public abstract class CompanyContract extends ContractTest {

    @Test
    void should_create_a_company_and_read_it_back_with_a_normalized_domain() {
        Company created = crm().companies()
                .create(new NewCompany(
                        " Acme Corp ",
                        "HTTPS://www.Acme.COM./about?x=1",
                        "Manufacturing",
                        "51-200",
                        "+1 555 0100",
                        "1 Main St\nSpringfield",
                        "Makes anvils."));

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isZero();
        assertThat(created.name()).isEqualTo("Acme Corp");
        assertThat(created.domain()).isEqualTo("acme.com");
        assertThat(created.createdAt()).isEqualTo(clock().instant()).isEqualTo(created.updatedAt());
        assertThat(crm().companies().getById(created.id())).isEqualTo(created);
        assertThat(crm().companies().findByDomain("http://ACME.com/")).contains(created);
        assertThat(events().ofType(CompanyEvent.Created.class))
                .extracting(CompanyEvent::companyId)
                .containsExactly(created.id());
    }

    @Test
    void should_refuse_a_domain_another_company_has_in_any_spelling() {
        Company acme = crm().companies().create(NewCompany.of("Acme").withDomain("acme.com"));
        Company other = crm().companies().create(NewCompany.of("Other").withDomain("other.com"));

        assertThatThrownBy(
                        () -> crm().companies().create(NewCompany.of("Acme 2").withDomain("https://WWW.acme.com/")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("domain");
                    assertThat(e.conflictingId()).hasValue(acme.id());
                });
        assertThatThrownBy(() -> crm().companies()
                        .update(
                                other.id(),
                                CompanyUpdate.builder().domain("Acme.com").build()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("domain"));
        assertThat(crm().companies().create(NewCompany.of("No domain")).domain())
                .isNull();
        assertThat(crm().companies().create(NewCompany.of("No domain either")).domain())
                .isNull();
    }

    @Test
    void should_name_every_invalid_field() {
        assertThatThrownBy(() -> new NewCompany(" ", "not a domain", null, null, null, null, null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKeys("name", "domain"));
        assertThatThrownBy(() -> crm().contacts().create(aContact().build().withCompanyId(999_999L)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("companyId"));
    }

    @Test
    void should_update_and_refuse_a_stale_version() {
        Company company = crm().companies().create(NewCompany.of("Initech"));
        clock().advance(Duration.ofMinutes(1));

        Company updated = crm().companies()
                .update(
                        company.id(),
                        CompanyUpdate.builder()
                                .industry("Software")
                                .domain("initech.example")
                                .expectedVersion(0)
                                .build());

        assertThat(updated.version()).isOne();
        assertThat(updated.industry()).isEqualTo("Software");
        assertThat(updated.updatedAt()).isEqualTo(clock().instant());
        assertThatThrownBy(() -> crm().companies()
                        .update(
                                company.id(),
                                CompanyUpdate.builder()
                                        .size("10")
                                        .expectedVersion(0)
                                        .build()))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void should_find_companies_by_name_or_domain_text() {
        Company acme = crm().companies().create(NewCompany.of("Acme").withDomain("acme.com"));
        Company globex = crm().companies().create(NewCompany.of("Globex").withDomain("globex-acme.net"));
        crm().companies().create(NewCompany.of("Initech"));

        assertThat(crm().companies().find(CompanyQuery.all().withText("ACME")).items())
                .containsExactly(acme, globex);
        assertThat(crm().companies().find(CompanyQuery.all().withText(".net")).items())
                .containsExactly(globex);
    }

    @Test
    void should_link_a_contact_and_mirror_the_company_name_in_its_free_text_company() {
        Company acme = crm().companies().create(NewCompany.of("Acme"));
        Company globex = crm().companies().create(NewCompany.of("Globex"));

        Contact ada =
                crm().contacts().create(aContact().withCompany("typed").build().withCompanyId(acme.id()));
        crm().contacts().create(aContact().build());

        assertThat(ada.companyId()).isEqualTo(acme.id());
        assertThat(ada.company()).isEqualTo("Acme");
        assertThat(crm().contacts()
                        .find(ContactQuery.all().withCompanyId(acme.id()))
                        .items())
                .containsExactly(ada);

        Contact moved = crm().contacts()
                .update(ada.id(), ContactUpdate.builder().companyId(globex.id()).build());
        assertThat(moved.companyId()).isEqualTo(globex.id());
        assertThat(moved.company()).isEqualTo("Globex");

        crm().companies()
                .update(globex.id(), CompanyUpdate.builder().name("Globex Corp").build());
        assertThat(crm().contacts().getById(ada.id()).company()).isEqualTo("Globex Corp");
    }

    @Test
    void should_link_a_deal_and_refuse_a_missing_company() {
        long pipelineId = givenPipeline().id();
        Company acme = crm().companies().create(NewCompany.of("Acme"));

        Deal deal = crm().deals().create(aDeal(pipelineId).companyId(acme.id()).build());
        crm().deals().create(aDeal(pipelineId).build());

        assertThat(crm().deals().getById(deal.id()).companyId()).isEqualTo(acme.id());
        assertThat(crm().deals().find(DealQuery.all().withCompany(acme.id())).items())
                .containsExactly(deal);
        assertThatThrownBy(() -> crm().deals()
                        .create(aDeal(pipelineId).companyId(999_999L).build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("companyId"));
        assertThatThrownBy(() -> crm().deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder().companyId(999_999L).build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("companyId"));
        assertThat(crm().deals()
                        .update(deal.id(), DealUpdate.builder().companyId(null).build())
                        .companyId())
                .isNull();
    }

    @Test
    void should_detach_contacts_and_deals_when_a_company_is_deleted() {
        long pipelineId = givenPipeline().id();
        Company acme = crm().companies().create(NewCompany.of("Acme"));
        Contact ada = crm().contacts().create(aContact().build().withCompanyId(acme.id()));
        Deal deal = crm().deals().create(aDeal(pipelineId).companyId(acme.id()).build());
        events().clear();

        crm().companies().deleteById(acme.id());

        assertThat(crm().companies().findById(acme.id())).isEmpty();
        Contact detached = crm().contacts().getById(ada.id());
        assertThat(detached.companyId()).isNull();
        assertThat(detached.company()).as("the name stays as free text").isEqualTo("Acme");
        assertThat(detached.version()).isEqualTo(ada.version() + 1);
        assertThat(crm().deals().getById(deal.id()).companyId()).isNull();
        assertThat(events().events())
                .hasExactlyElementsOfTypes(
                        ContactEvent.Updated.class,
                        DealEvent.Updated.class,
                        CompanyEvent.Deleted.class,
                        TrashEvent.Trashed.class);
    }

    static Stream<Arguments> companySorts() {
        return Arrays.stream(CompanySort.values())
                .flatMap(sort -> Arrays.stream(SortDirection.values()).map(direction -> Arguments.of(sort, direction)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("companySorts")
    void should_page_companies_without_skipping_or_repeating(CompanySort sort, SortDirection direction) {
        String[] names = {"Miller", "Adams", "Miller", "Zed", "Brown", "Adams", "Miller", "Cole"};
        String[] domains = {"k.com", null, "x.com", "b.com", null, "q.com", "c.com", null};
        KeysetWalk<Company> walk = new KeysetWalk<>(sort, direction);
        for (int i = 0; i < names.length; i++) {
            walk.given(company(names[i], domains[i], start().plus(Duration.ofNanos(1_000L * (i % 3)))));
        }

        walk.walk(
                cursor -> crm().companies()
                        .find(CompanyQuery.all()
                                .sortedBy(sort, direction)
                                .limit(3)
                                .withTotal()
                                .after(cursor)),
                () -> List.of(
                        company("Aaron", "a" + TestData.nextNumber() + ".com", start().minus(Duration.ofDays(1))),
                        company("Zz", null, start().plus(Duration.ofDays(1)))),
                2);
        Page<Company> all = crm().companies().find(CompanyQuery.all().withTotal());
        assertThat(all.total()).hasValue(names.length + 4L);
    }

    private Company company(String name, @Nullable String domain, Instant at) {
        clock().set(at);
        String unique = domain == null ? null : TestData.nextNumber() + domain;
        return crm().companies().create(NewCompany.of(name).withDomain(unique));
    }

    private static Instant start() {
        return Instant.parse("2026-03-02T09:00:00.123456Z");
    }
}
