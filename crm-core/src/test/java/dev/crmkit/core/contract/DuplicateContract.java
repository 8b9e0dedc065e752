package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.duplicate.DuplicateGroup;
import dev.crmkit.core.duplicate.DuplicatePage;
import dev.crmkit.core.duplicate.DuplicateQuery;
import dev.crmkit.core.duplicate.DuplicateReason;
import dev.crmkit.core.kernel.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Likely duplicates: contacts with one email (ignoring case and a +tag), one phone (its last ten
 * digits) or a similar name at one company; companies with a similar name or one phone. Each group
 * names every reason its records share and scores them; pages walk the groups by key.
 */
public abstract class DuplicateContract extends ContractTest {

    private Contact contact(String first, String last, String email, @Nullable String phone, @Nullable Long companyId) {
        return crm().contacts()
                .create(aContact()
                        .withFirstName(first)
                        .withLastName(last)
                        .withEmail(email)
                        .withPhone(phone)
                        .build()
                        .withCompanyId(companyId));
    }

    private List<DuplicateGroup<Contact>> contactGroups(DuplicateReason reason) {
        return crm().duplicates()
                .contacts(DuplicateQuery.all().withReason(reason))
                .groups();
    }

    private static List<Long> ids(DuplicateGroup<?> group) {
        return group.records().stream()
                .map(r -> r instanceof Contact c ? c.id() : ((Company) r).id())
                .toList();
    }

    @Test
    void should_group_contacts_whose_emails_differ_only_in_a_plus_tag() {
        Contact ada = contact("Ada", "Lovelace", "ada@example.com", null, null);
        Contact tagged = contact("Augusta", "King", "ADA+crm@example.com", null, null);
        contact("Other", "Person", "adam@example.com", null, null);

        assertThat(contactGroups(DuplicateReason.SAME_EMAIL)).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("ada@example.com");
            assertThat(ids(group)).containsExactly(ada.id(), tagged.id());
            assertThat(group.reasons()).containsExactly(DuplicateReason.SAME_EMAIL);
            assertThat(group.score()).isEqualTo(90);
            assertThat(group.size()).isEqualTo(2);
        });
    }

    @Test
    void should_group_contacts_whose_phones_have_the_same_last_ten_digits() {
        Contact first = contact("Ada", "Lovelace", "a@example.com", "+1 (555) 123-4567", null);
        Contact second = contact("Grace", "Hopper", "g@example.com", "555.123.4567", null);
        contact("Short", "Number", "s1@example.com", "12-34", null);
        contact("Short", "Number", "s2@example.com", "1234", null);
        contact("No", "Phone", "n@example.com", null, null);

        assertThat(contactGroups(DuplicateReason.SAME_PHONE)).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("5551234567");
            assertThat(ids(group)).containsExactly(first.id(), second.id());
            assertThat(group.score()).isEqualTo(60);
        });
    }

    @Test
    void should_group_similar_names_at_one_company_only() {
        Company acme = crm().companies().create(NewCompany.of("Acme"));
        Company other = crm().companies().create(NewCompany.of("Other"));
        Contact jon = contact("Jon", "Smith", "jon@acme.com", null, acme.id());
        Contact jonathan = contact("jonathan", "SMITH", "jonathan@acme.com", null, acme.id());
        contact("Jon", "Smith", "jon@other.com", null, other.id());
        contact("Jon", "Smith", "jon@nowhere.com", null, null);
        contact("Kim", "Smith", "kim@acme.com", null, acme.id());

        assertThat(contactGroups(DuplicateReason.SIMILAR_NAME)).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo(acme.id() + ":smith:j");
            assertThat(ids(group)).containsExactly(jon.id(), jonathan.id());
            assertThat(group.score()).isEqualTo(50);
        });
    }

    @Test
    void should_name_every_shared_reason_and_score_higher_for_more_of_them() {
        Company acme = crm().companies().create(NewCompany.of("Acme"));
        Contact first = contact("Ada", "Lovelace", "ada@acme.com", "020 7946 0958", acme.id());
        Contact second = contact("ADA", "Lovelace", "lovelace@acme.com", "+44 20 7946 0958", acme.id());

        DuplicatePage<Contact> page = crm().duplicates().contacts(DuplicateQuery.all());

        assertThat(page.groups())
                .extracting(DuplicateGroup::reason)
                .containsExactly(DuplicateReason.SAME_PHONE, DuplicateReason.SIMILAR_NAME);
        assertThat(page.groups()).allSatisfy(group -> {
            assertThat(ids(group)).containsExactly(first.id(), second.id());
            assertThat(group.reasons())
                    .containsExactlyInAnyOrder(DuplicateReason.SAME_PHONE, DuplicateReason.SIMILAR_NAME);
            // 1 - (1 - 0.6) × (1 - 0.7): the same name, ignoring case, weighs 70.
            assertThat(group.score()).isEqualTo(88);
        });
        assertThat(page.next()).isNull();
    }

    @Test
    void should_walk_every_group_once_page_by_page() {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String phone = "555000100" + i;
            phones.add(phone);
            contact("A" + i, "X", "a" + i + "@example.com", phone, null);
            contact(
                    "B" + i,
                    "Y",
                    "b" + i + "@example.com",
                    "(" + phone.substring(0, 3) + ") " + phone.substring(3),
                    null);
        }
        contact("Ada", "Lovelace", "ada@example.com", null, null);
        contact("Ada", "Lovelace", "ada+x@example.com", null, null);

        List<String> seen = new ArrayList<>();
        DuplicateQuery query = DuplicateQuery.all().limit(2);
        int pages = 0;
        String cursor = null;
        do {
            DuplicatePage<Contact> page = crm().duplicates().contacts(query.after(cursor));
            page.groups().forEach(group -> seen.add(group.reason().code() + " " + group.key()));
            assertThat(page.groups()).hasSizeLessThanOrEqualTo(2);
            cursor = page.next();
            pages++;
        } while (cursor != null && pages < 10);

        List<String> expected = new ArrayList<>();
        expected.add("same_email ada@example.com");
        phones.forEach(phone -> expected.add("same_phone " + phone));
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void should_group_companies_by_name_without_legal_form_and_by_phone() {
        Company acme = crm().companies().create(NewCompany.of("Acme, Inc.").withPhone("+1 555 999 0000"));
        Company acmeCorp =
                crm().companies().create(NewCompany.of("ACME Corporation").withDomain("acme.com"));
        Company other = crm().companies().create(NewCompany.of("Globex").withPhone("5559990000"));
        crm().companies().create(NewCompany.of("Acme Rockets"));

        DuplicatePage<Company> page = crm().duplicates().companies(DuplicateQuery.all());

        assertThat(page.groups()).hasSize(2);
        assertThat(page.groups().get(0)).satisfies(group -> {
            assertThat(group.reason()).isEqualTo(DuplicateReason.SIMILAR_NAME);
            assertThat(group.key()).isEqualTo("acme");
            assertThat(ids(group)).containsExactly(acme.id(), acmeCorp.id());
        });
        assertThat(page.groups().get(1)).satisfies(group -> {
            assertThat(group.reason()).isEqualTo(DuplicateReason.SAME_PHONE);
            assertThat(ids(group)).containsExactly(acme.id(), other.id());
        });
    }

    @Test
    void should_refuse_an_email_reason_for_companies_and_a_bad_cursor() {
        assertThatThrownBy(
                        () -> crm().duplicates().companies(DuplicateQuery.all().withReason(DuplicateReason.SAME_EMAIL)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("reason"));
        assertThatThrownBy(() -> DuplicateQuery.all().after("nonsense"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("after"));
        assertThatThrownBy(() -> DuplicateQuery.all().limit(0))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("limit"));
    }

    @Test
    void should_see_a_change_of_phone_at_once() {
        Contact first = contact("Ada", "Lovelace", "a@example.com", "5551234567", null);
        Contact second = contact("Grace", "Hopper", "g@example.com", "5557654321", null);
        assertThat(contactGroups(DuplicateReason.SAME_PHONE)).isEmpty();

        crm().contacts()
                .update(
                        second.id(),
                        dev.crmkit.core.contact.ContactUpdate.builder()
                                .phone("555-123-4567")
                                .build());

        assertThat(contactGroups(DuplicateReason.SAME_PHONE))
                .singleElement()
                .satisfies(group -> assertThat(ids(group)).containsExactly(first.id(), second.id()));
    }
}
