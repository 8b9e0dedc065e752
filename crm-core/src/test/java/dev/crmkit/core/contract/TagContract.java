package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.tag.TaggableKind.COMPANY;
import static dev.crmkit.core.tag.TaggableKind.CONTACT;
import static dev.crmkit.core.tag.TaggableKind.DEAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagEvent;
import dev.crmkit.core.tag.TagUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Tags on contacts, companies and deals: names normalized and unique ignoring case, shared by every kind of
 * record; tagging, replacing, untagging, renaming and deleting with their events; the tags of a
 * page read in one call; the all-of tag filter with keyset paging; a deleted record loses its
 * taggings in the same transaction.
 */
public abstract class TagContract extends ContractTest {

    @Test
    void should_normalize_names_and_drop_duplicates_ignoring_case() {
        Contact ada = givenContact();

        List<String> tags = crm().tags().tag(CONTACT, ada.id(), List.of("  VIP ", "partner", "vip", "Key \t  account"));

        assertThat(tags).containsExactly("Key account", "partner", "VIP");
        assertThat(crm().tags().tagsOf(CONTACT, ada.id())).containsExactly("Key account", "partner", "VIP");
    }

    @Test
    void should_share_one_tag_across_letter_case_and_kinds() {
        Contact ada = givenContact();
        Deal deal = givenDeal();

        crm().tags().tag(CONTACT, ada.id(), List.of("VIP"));
        List<String> dealTags = crm().tags().tag(DEAL, deal.id(), List.of("vip", "renewal"));

        assertThat(dealTags).as("the existing tag keeps its spelling").containsExactly("renewal", "VIP");
        assertThat(crm().tags().list())
                .extracting(usage -> usage.tag().name(), TagUsage::count)
                .containsExactly(tuple("renewal", 1L), tuple("VIP", 2L));
        assertThat(crm().tags().tagsOf(CONTACT, ada.id()))
                .as("a deal's tags are not a contact's, even where their ids are equal")
                .containsExactly("VIP");
    }

    @Test
    void should_replace_and_untag_and_publish_one_event_per_change() {
        Contact ada = givenContact();
        crm().tags().replace(CONTACT, ada.id(), List.of("a", "b"));
        events().clear();

        assertThat(crm().tags().replace(CONTACT, ada.id(), List.of("B", "c"))).containsExactly("b", "c");
        assertThat(crm().tags().untag(CONTACT, ada.id(), List.of("C", "unknown")))
                .containsExactly("b");
        assertThat(crm().tags().replace(CONTACT, ada.id(), List.of("b"))).containsExactly("b");

        assertThat(events().ofType(TagEvent.Created.class))
                .extracting(created -> created.tag().name())
                .containsExactly("c");
        assertThat(events().ofType(TagEvent.RecordTagsChanged.class))
                .extracting(TagEvent.RecordTagsChanged::before, TagEvent.RecordTagsChanged::after)
                .containsExactly(tuple(List.of("a", "b"), List.of("b", "c")), tuple(List.of("b", "c"), List.of("b")));
        assertThat(events().ofType(TagEvent.RecordTagsChanged.class).get(0).entity())
                .isEqualTo("contact");
        assertThat(crm().contacts().getById(ada.id()).version())
                .as("tags are not the contact's fields")
                .isEqualTo(ada.version());
    }

    @Test
    void should_refuse_invalid_names_naming_the_field() {
        Contact ada = givenContact();
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add("tag" + i);
        }

        assertInvalid("tags", () -> crm().tags().tag(CONTACT, ada.id(), List.of("  ")));
        assertInvalid("tags", () -> crm().tags().tag(CONTACT, ada.id(), List.of("a,b")));
        assertInvalid("tags", () -> crm().tags().tag(CONTACT, ada.id(), List.of("x".repeat(51))));
        assertInvalid("tags", () -> crm().tags().replace(CONTACT, ada.id(), tooMany));
        assertInvalid("tags", () -> ContactQuery.all().withTags(List.of("")));
        assertThat(crm().tags().list()).isEmpty();
        assertThat(crm().tags().tag(CONTACT, ada.id(), List.of("x".repeat(50)))).hasSize(1);
    }

    @Test
    void should_name_a_missing_tag_name_in_a_filter_or_a_lookup() {
        List<String> withAHole = Arrays.asList("vip", null);

        assertInvalid("tags", () -> ContactQuery.all().withTags(withAHole));
        assertInvalid("tags", () -> CompanyQuery.all().withTags(withAHole));
        assertInvalid("tags", () -> DealQuery.all().withTags(withAHole));
        assertInvalid("tags", () -> crm().tags().tag(CONTACT, givenContact().id(), withAHole));
        assertInvalid("name", () -> crm().tags().findByName(nullName()));
    }

    @SuppressWarnings("NullAway") // a caller without null checks, as from another JVM language
    private static String nullName() {
        return null;
    }

    @Test
    void should_refuse_control_and_invisible_characters_in_names_but_keep_emoji_accents_and_cjk() {
        Contact ada = givenContact();
        crm().tags().tag(CONTACT, ada.id(), List.of("vip"));
        Tag vip = crm().tags().findByName("vip").orElseThrow();

        for (String lookalike : List.of(
                "v\u200Bip",
                "vip\u200F",
                "\uFEFFvip",
                "v\u2060ip",
                "v\u00ADip",
                "v\u200Dip",
                "v\u200Cip",
                "\u200Cمی")) {
            assertThatThrownBy(() -> crm().tags().tag(CONTACT, ada.id(), List.of(lookalike)))
                    .as(lookalike)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors().get("tags"))
                                    .startsWith("must not contain invisible characters such as U+"));
        }
        assertThatThrownBy(() -> crm().tags().rename(vip.id(), "v\u200Bip"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors().get("name")).contains("U+200B"));
        assertInvalid("tags", () -> crm().tags().tag(CONTACT, ada.id(), List.of("v\u0001ip")));
        assertInvalid("tags", () -> ContactQuery.all().withTags(List.of("v\u200Bip")));
        assertThat(crm().tags().list()).extracting(usage -> usage.tag().name()).containsExactly("vip");

        // U+200D joins a family emoji; the black flag and tag characters spell Scotland's flag; Persian writes
        // "I want" with a zero-width non-joiner, Devanagari "kṣa" with a virama and a zero-width joiner.
        List<String> valid = List.of(
                "café",
                "顧客",
                "می\u200Cخواهم",
                "क\u094D\u200Dष",
                "👨\u200D👩\u200D👧",
                "👩🏽\u200D💻",
                "❤\uFE0F\u200D🔥",
                "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F");
        assertThat(crm().tags().tag(CONTACT, ada.id(), valid)).hasSize(valid.size() + 1);
    }

    @Test
    void should_refuse_tagging_a_record_that_does_not_exist() {
        assertThatThrownBy(() -> crm().tags().tag(CONTACT, 424242, List.of("vip")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().tags().tag(DEAL, 424242, List.of("vip"))).isInstanceOf(NotFoundException.class);
        assertThat(crm().tags().list()).as("no tag was created").isEmpty();
    }

    @Test
    void should_read_the_tags_of_many_records_at_once() {
        Contact ada = givenContact();
        Contact bob = givenContact();
        Contact carl = givenContact();
        crm().tags().tag(CONTACT, ada.id(), List.of("b", "a"));
        crm().tags().tag(CONTACT, carl.id(), List.of("c"));

        Map<Long, List<String>> tags = crm().tags().tagsOf(CONTACT, List.of(ada.id(), bob.id(), carl.id()));

        assertThat(tags).containsOnlyKeys(ada.id(), carl.id());
        assertThat(tags.get(ada.id())).containsExactly("a", "b");
        assertThat(tags.get(carl.id())).containsExactly("c");
    }

    @Test
    void should_rename_a_tag_everywhere_and_refuse_a_name_in_use() {
        Contact ada = givenContact();
        Deal deal = givenDeal();
        crm().tags().tag(CONTACT, ada.id(), List.of("vip", "partner"));
        crm().tags().tag(DEAL, deal.id(), List.of("vip"));
        Tag vip = crm().tags().findByName("VIP").orElseThrow();
        events().clear();

        Tag renamed = crm().tags().rename(vip.id(), "  Very   important ");

        assertThat(renamed.name()).isEqualTo("Very important");
        assertThat(crm().tags().tagsOf(CONTACT, ada.id())).containsExactly("partner", "Very important");
        assertThat(crm().tags().tagsOf(DEAL, deal.id())).containsExactly("Very important");
        assertThat(events().ofType(TagEvent.Renamed.class)).singleElement().satisfies(event -> {
            assertThat(event.before().name()).isEqualTo("vip");
            assertThat(event.after().name()).isEqualTo("Very important");
        });
        assertThat(crm().tags().rename(vip.id(), "VERY IMPORTANT").name())
                .as("a change of letter case is a rename")
                .isEqualTo("VERY IMPORTANT");
        Tag partner = crm().tags().findByName("partner").orElseThrow();
        assertThatThrownBy(() -> crm().tags().rename(partner.id(), "very important"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("name");
                    assertThat(e.conflictingId()).hasValue(vip.id());
                });
        assertInvalid("name", () -> crm().tags().rename(partner.id(), " "));
        assertThatThrownBy(() -> crm().tags().rename(424242, "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_delete_a_tag_from_every_record() {
        Contact ada = givenContact();
        Deal deal = givenDeal();
        crm().tags().tag(CONTACT, ada.id(), List.of("vip", "partner"));
        crm().tags().tag(DEAL, deal.id(), List.of("vip"));
        Tag vip = crm().tags().findByName("vip").orElseThrow();

        crm().tags().delete(vip.id());

        assertThat(crm().tags().tagsOf(CONTACT, ada.id())).containsExactly("partner");
        assertThat(crm().tags().tagsOf(DEAL, deal.id())).isEmpty();
        assertThat(crm().tags().list()).extracting(usage -> usage.tag().name()).containsExactly("partner");
        assertThat(events().ofType(TagEvent.Deleted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.name()).isEqualTo("vip"));
        assertThatThrownBy(() -> crm().tags().delete(vip.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_take_the_tags_off_a_deleted_contact_or_deal() {
        Contact ada = givenContact();
        Contact bob = givenContact();
        Deal deal = givenDeal();
        crm().tags().tag(CONTACT, ada.id(), List.of("vip"));
        crm().tags().tag(CONTACT, bob.id(), List.of("vip"));
        crm().tags().tag(DEAL, deal.id(), List.of("vip"));

        crm().contacts().deleteById(ada.id());
        crm().deals().deleteById(deal.id());

        assertThat(crm().tags().list())
                .singleElement()
                .satisfies(usage -> assertThat(usage.count()).isEqualTo(1));
        assertThat(crm().tags().tagsOf(CONTACT, ada.id())).isEmpty();
        assertThat(crm().tags().tagsOf(DEAL, deal.id())).isEmpty();
    }

    @Test
    void should_filter_contacts_by_every_given_tag() {
        Contact both = givenContact();
        Contact vipOnly = givenContact();
        Contact partnerOnly = givenContact();
        Contact none = givenContact();
        crm().tags().tag(CONTACT, both.id(), List.of("VIP", "partner", "extra"));
        crm().tags().tag(CONTACT, vipOnly.id(), List.of("vip"));
        crm().tags().tag(CONTACT, partnerOnly.id(), List.of("partner"));

        assertThat(contacts(ContactQuery.all().withTags(List.of("vip")))).containsExactly(both, vipOnly);
        assertThat(contacts(ContactQuery.all().withTags(List.of("vip", "PARTNER"))))
                .containsExactly(both);
        assertThat(contacts(ContactQuery.all().withTags(List.of("vip", "unknown"))))
                .isEmpty();
        assertThat(contacts(ContactQuery.all().withTags(List.of()))).containsExactly(both, vipOnly, partnerOnly, none);
        assertThat(crm().contacts()
                        .find(ContactQuery.all().withTags(List.of("partner")).withTotal())
                        .total())
                .hasValue(2);
        assertThat(contacts(ContactQuery.all().withTags(List.of("vip")).withText(vipOnly.email())))
                .containsExactly(vipOnly);
    }

    @Test
    void should_filter_deals_by_every_given_tag() {
        Pipeline pipeline = givenPipeline();
        Deal both = crm().deals().create(aDeal(pipeline.id()).build());
        Deal one = crm().deals().create(aDeal(pipeline.id()).build());
        crm().deals().create(aDeal(pipeline.id()).build());
        Contact contact = givenContact();
        crm().tags().tag(DEAL, both.id(), List.of("renewal", "big"));
        crm().tags().tag(DEAL, one.id(), List.of("renewal"));
        crm().tags().tag(CONTACT, contact.id(), List.of("big"));

        assertThat(crm().deals()
                        .find(DealQuery.all().withTags(List.of("Renewal")))
                        .items())
                .containsExactly(both, one);
        assertThat(crm().deals()
                        .find(DealQuery.all()
                                .withTags(List.of("renewal", "big"))
                                .withTotal())
                        .items())
                .containsExactly(both);
        assertThat(crm().deals()
                        .find(DealQuery.all().withTags(List.of("big")).inPipeline(pipeline.id()))
                        .items())
                .as("a contact's tag does not match deals")
                .containsExactly(both);
    }

    @Test
    void should_tag_companies_filter_them_and_untag_a_deleted_company() {
        Company acme = crm().companies().create(NewCompany.of("Acme"));
        Company globex = crm().companies().create(NewCompany.of("Globex"));
        crm().companies().create(NewCompany.of("Initech"));
        Contact contact = givenContact();
        crm().tags().tag(COMPANY, acme.id(), List.of("Partner", "enterprise"));
        crm().tags().tag(COMPANY, globex.id(), List.of("partner"));
        crm().tags().tag(CONTACT, contact.id(), List.of("enterprise"));

        assertThat(crm().companies()
                        .find(CompanyQuery.all().withTags(List.of("PARTNER")))
                        .items())
                .containsExactly(acme, globex);
        assertThat(crm().companies()
                        .find(CompanyQuery.all()
                                .withTags(List.of("partner", "enterprise"))
                                .withTotal())
                        .total())
                .as("a contact's tag does not match companies")
                .hasValue(1);
        assertThat(crm().tags().tagsOf(COMPANY, acme.id())).containsExactly("enterprise", "Partner");
        assertThatThrownBy(() -> crm().tags().tag(COMPANY, 424242, List.of("vip")))
                .isInstanceOf(NotFoundException.class);

        crm().companies().deleteById(acme.id());

        assertThat(crm().tags().tagsOf(COMPANY, acme.id())).isEmpty();
        assertThat(crm().tags().tagsOf(CONTACT, contact.id())).containsExactly("enterprise");
        assertThat(crm().companies()
                        .find(CompanyQuery.all().withTags(List.of("partner")))
                        .items())
                .containsExactly(globex);
    }

    @Test
    void should_page_a_tag_filter_with_the_keyset() {
        List<Contact> tagged = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            givenContact();
            Contact contact = crm().contacts()
                    .create(aContact().withLastName("Name" + (7 - i)).build());
            crm().tags().tag(CONTACT, contact.id(), List.of("vip"));
            tagged.add(contact);
        }
        ContactQuery query = ContactQuery.all()
                .withTags(List.of("vip"))
                .sortedBy(ContactSort.LAST_NAME, SortDirection.ASC)
                .limit(3)
                .withTotal();

        List<Contact> walked = new ArrayList<>();
        @Nullable String cursor = null;
        int pages = 0;
        do {
            Page<Contact> page = crm().contacts().find(query.after(cursor));
            assertThat(page.total()).hasValue(7);
            walked.addAll(page.items());
            cursor = page.hasNext() ? page.nextCursor().orElseThrow() : null;
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        List<Contact> byLastName = new ArrayList<>(tagged);
        Collections.reverse(byLastName);
        assertThat(walked).containsExactlyElementsOf(byLastName);
    }

    @Test
    void should_roll_back_tags_with_the_transaction() {
        Contact ada = givenContact();

        assertThatThrownBy(() -> crm().runInTransaction(() -> {
                    crm().tags().tag(CONTACT, ada.id(), List.of("vip"));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(crm().tags().tagsOf(CONTACT, ada.id())).isEmpty();
        assertThat(crm().tags().list()).isEmpty();
    }

    @Test
    void should_keep_tag_names_unique_ignoring_case_in_the_storage() {
        try (UnitOfWork work = ctx().storage().begin()) {
            work.tags().insert("Vip", clock().instant());
            assertThatThrownBy(() -> work.tags().insert("VIP", clock().instant()))
                    .isInstanceOfSatisfying(
                            ConflictException.class, e -> assertThat(e.field()).contains("name"));
        }
    }

    private Deal givenDeal() {
        return crm().deals().create(aDeal(givenPipeline().id()).build());
    }

    private List<Contact> contacts(ContactQuery query) {
        return crm().contacts().find(query).items();
    }

    private static void assertInvalid(String field, ThrowingCallable operation) {
        assertThatThrownBy(operation)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey(field));
    }
}
