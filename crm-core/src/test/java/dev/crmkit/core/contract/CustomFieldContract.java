package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.customfield.CustomFieldFilter.atLeast;
import static dev.crmkit.core.customfield.CustomFieldFilter.atMost;
import static dev.crmkit.core.customfield.CustomFieldFilter.equalTo;
import static dev.crmkit.core.customfield.CustomFieldKind.COMPANY;
import static dev.crmkit.core.customfield.CustomFieldKind.CONTACT;
import static dev.crmkit.core.customfield.CustomFieldKind.DEAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldEvent;
import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldUpdate;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Custom fields: definitions per kind with their rules and events; typed values on contacts,
 * companies and deals stored in the JSON column and read back exactly; field errors on {@code
 * customFields.<key>}; equality and range filters (with keyset paging) in every adapter's SQL;
 * deleting a field removes its values.
 */
public abstract class CustomFieldContract extends ContractTest {

    @Test
    void should_define_list_and_refuse_a_duplicate_key_per_kind() {
        CustomField tier = define(CONTACT, " Tier ", CustomFieldType.CHOICE, List.of("gold", "silver"));
        define(DEAL, "tier", CustomFieldType.TEXT, List.of());

        assertThat(tier.key()).isEqualTo("tier");
        assertThat(tier.options()).containsExactly("gold", "silver");
        assertThat(crm().customFields().list(CONTACT)).containsExactly(tier);
        assertThat(crm().customFields().list(DEAL))
                .extracting(CustomField::type)
                .containsExactly(CustomFieldType.TEXT);
        assertThat(crm().customFields().list(COMPANY)).isEmpty();
        assertThatThrownBy(() -> define(CONTACT, "TIER", CustomFieldType.TEXT, List.of()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("key"));
        assertThat(events().ofType(CustomFieldEvent.Created.class)).hasSize(2);
    }

    @Test
    void should_refuse_a_definition_that_breaks_its_rules() {
        assertThatThrownBy(() ->
                        new NewCustomField(CONTACT, "9lives", " ", CustomFieldType.TEXT, 0, 2, List.of("a"), false))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("key", "label", "maxLength", "scale", "options"));
        assertThatThrownBy(() -> new NewCustomField(
                        CONTACT, "stage", "Stage", CustomFieldType.CHOICE, null, null, List.of("a", "a"), false))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("options"));
    }

    @Test
    void should_refuse_control_characters_in_a_label_or_an_option_on_create_and_on_update() {
        String rule = "must not contain control characters other than tab, newline and carriage return";
        assertThatThrownBy(() -> NewCustomField.of(CONTACT, "tier", "Ti\u0001er", CustomFieldType.TEXT))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsExactly(entry("label", rule)));
        assertThatThrownBy(() -> new NewCustomField(
                        CONTACT,
                        "tier",
                        "Tier",
                        CustomFieldType.CHOICE,
                        null,
                        null,
                        List.of("gold", "sil\u001bver"),
                        false))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsExactly(entry("options", rule)));
        CustomField tier = define(CONTACT, "tier", CustomFieldType.CHOICE, List.of("gold", "silver"));

        assertThatThrownBy(() -> crm().customFields()
                        .update(tier.id(), new CustomFieldUpdate("Tier\u0007", null, null, List.of("a\u0000b"), null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("label", "options"));
        assertThat(crm().customFields().list(CONTACT)).containsExactly(tier);
        assertThat(NewCustomField.of(CONTACT, "notes", "Notes\tand more", CustomFieldType.TEXT)
                        .label())
                .isEqualTo("Notes\tand more");
    }

    @Test
    void should_store_every_type_and_read_it_back_exactly() {
        defineAll(CONTACT);

        Contact ada = crm().contacts()
                .create(
                        aContact().build(),
                        CustomFieldValues.of(Map.of(
                                "nickname",
                                "  Ada \"the\" Countess ✓ ",
                                "score",
                                "10.5",
                                "renewal",
                                LocalDate.of(2027, 3, 1),
                                "active",
                                true,
                                "tier",
                                "gold",
                                "channels",
                                List.of("phone", "email"))));

        Contact stored = crm().contacts().getById(ada.id());
        assertThat(stored.customFields()).isEqualTo(ada.customFields());
        assertThat(stored.customFields().text("nickname")).contains("Ada \"the\" Countess ✓");
        assertThat(stored.customFields().number("score")).contains(new BigDecimal("10.50"));
        assertThat(stored.customFields().date("renewal")).contains(LocalDate.of(2027, 3, 1));
        assertThat(stored.customFields().bool("active")).contains(true);
        assertThat(stored.customFields().text("tier")).contains("gold");
        assertThat(stored.customFields().choices("channels"))
                .as("in the options' order")
                .containsExactly("email", "phone");
        assertThat(crm().contacts().find(ContactQuery.all()).items()).containsExactly(stored);
    }

    @Test
    void should_name_every_broken_value_rule_at_once() {
        defineAll(CONTACT);
        crm().customFields()
                .create(new NewCustomField(CONTACT, "owner", "Owner", CustomFieldType.TEXT, 5, null, List.of(), true));
        Map<String, Object> values = new HashMap<>();
        values.put("nickname", 42);
        values.put("score", "1.234");
        values.put("renewal", "next week");
        values.put("active", "maybe");
        values.put("tier", "platinum");
        values.put("channels", List.of("fax"));
        values.put("unknown", "x");

        assertThatThrownBy(() -> crm().contacts().create(aContact().build(), CustomFieldValues.of(values)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys(
                                        "customFields.nickname",
                                        "customFields.score",
                                        "customFields.renewal",
                                        "customFields.active",
                                        "customFields.tier",
                                        "customFields.channels",
                                        "customFields.unknown",
                                        "customFields.owner")
                                .containsEntry("customFields.owner", "is required")
                                .containsEntry("customFields.score", "must have at most 2 decimal places")
                                .containsEntry("customFields.tier", "must be one of: gold, silver"));
        assertInvalid(
                "customFields.owner",
                () -> crm().contacts().create(aContact().build(), CustomFieldValues.of(Map.of("owner", "toolong"))));
        assertThat(crm().contacts().find(ContactQuery.all()).items()).isEmpty();
    }

    @Test
    void should_set_and_remove_values_on_update_keeping_the_others() {
        defineAll(CONTACT);
        Contact ada =
                crm().contacts().create(aContact().build(), CustomFieldValues.of(Map.of("tier", "gold", "score", 3)));
        Map<String, Object> patch = new HashMap<>();
        patch.put("tier", null);
        patch.put("active", false);

        Contact updated =
                crm().contacts().update(ada.id(), ContactUpdate.builder().build(), patch);
        Contact unchanged =
                crm().contacts().update(ada.id(), ContactUpdate.builder().build(), Map.of("score", "3"));

        assertThat(updated.customFields().asMap()).containsOnlyKeys("score", "active");
        assertThat(updated.version()).isEqualTo(ada.version() + 1);
        assertThat(unchanged.version()).as("the same value writes nothing").isEqualTo(updated.version());
        assertThat(crm().contacts().getById(ada.id()).customFields()).isEqualTo(updated.customFields());
        assertInvalid(
                "customFields.score",
                () -> crm().contacts().update(ada.id(), ContactUpdate.builder().build(), Map.of("score", "x")));
    }

    @Test
    void should_filter_contacts_by_equality_and_range_with_keyset_paging() {
        defineAll(CONTACT);
        Contact a = contactWith(Map.of(
                "tier",
                "gold",
                "score",
                10,
                "renewal",
                "2027-01-10",
                "active",
                true,
                "channels",
                List.of("email"),
                "nickname",
                "Ada"));
        Contact b = contactWith(Map.of(
                "tier",
                "gold",
                "score",
                "2.5",
                "renewal",
                "2026-12-31",
                "active",
                false,
                "channels",
                List.of("email", "phone"),
                "nickname",
                "ada"));
        Contact c = contactWith(Map.of(
                "tier",
                "silver",
                "score",
                100,
                "renewal",
                "2027-06-01",
                "channels",
                List.of("phone"),
                "nickname",
                "Ada's \"twin\" %_"));
        contactWith(Map.of());

        assertThat(contacts(equalTo("tier", "gold"))).containsExactly(a.id(), b.id());
        assertThat(contacts(equalTo("nickname", "Ada")))
                .as("exact, letter case included")
                .containsExactly(a.id());
        assertThat(contacts(equalTo("nickname", "Ada's \"twin\" %_"))).containsExactly(c.id());
        assertThat(contacts(equalTo("active", "false"))).containsExactly(b.id());
        assertThat(contacts(equalTo("channels", "phone"))).containsExactly(b.id(), c.id());
        assertThat(contacts(equalTo("score", "10.00")))
                .as("numbers compare as numbers")
                .containsExactly(a.id());
        assertThat(contacts(atLeast("score", "3"))).containsExactly(a.id(), c.id());
        assertThat(contacts(atLeast("score", "2.5"), atMost("score", "10"))).containsExactly(a.id(), b.id());
        assertThat(contacts(atLeast("renewal", "2027-01-01"), atMost("renewal", "2027-05-31")))
                .containsExactly(a.id());
        assertThat(contacts(equalTo("renewal", "2026-12-31"), equalTo("tier", "gold")))
                .containsExactly(b.id());

        ContactQuery gold = ContactQuery.all()
                .withCustomFields(List.of(equalTo("tier", "gold")))
                .limit(1)
                .withTotal();
        Page<Contact> first = crm().contacts().find(gold);
        Page<Contact> second =
                crm().contacts().find(gold.after(first.nextCursor().orElseThrow()));
        assertThat(first.items()).extracting(Contact::id).containsExactly(a.id());
        assertThat(first.total()).hasValue(2);
        assertThat(second.items()).extracting(Contact::id).containsExactly(b.id());
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void should_refuse_a_number_without_a_decimal_form_or_with_an_exponent_no_column_holds() {
        defineAll(CONTACT);
        Contact contact = crm().contacts().create(aContact().build());

        for (Object bad : List.of(
                Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, new BigDecimal("1E+2147483647"))) {
            assertInvalid(
                    "customFields.score",
                    () -> crm().contacts().create(aContact().build(), CustomFieldValues.of(Map.of("score", bad))));
            assertInvalid(
                    "customFields.score",
                    () -> crm().contacts()
                            .update(contact.id(), ContactUpdate.builder().build(), Map.of("score", bad)));
        }
        assertInvalid("customFields.score", () -> contacts(atLeast("score", "1E+2147483647")));
        assertThat(crm().contacts().getById(contact.id())).isEqualTo(contact);
    }

    @Test
    void should_refuse_a_filter_on_an_unknown_key_a_range_on_text_or_a_value_of_the_wrong_type() {
        defineAll(CONTACT);

        assertInvalid("customFields.nope", () -> contacts(equalTo("nope", "x")));
        assertInvalid("customFields.tier", () -> contacts(atLeast("tier", "gold")));
        assertInvalid("customFields.score", () -> contacts(equalTo("score", "ten")));
        assertInvalid("customFields.renewal", () -> contacts(atMost("renewal", "2027-13-01")));
        assertInvalid("customFields.tier", () -> contacts(equalTo("tier", "platinum")));
    }

    @Test
    void should_carry_and_filter_values_on_companies_and_deals() {
        defineAll(COMPANY);
        defineAll(DEAL);
        Company acme = crm().companies()
                .create(NewCompany.of("Acme"), CustomFieldValues.of(Map.of("tier", "gold", "score", 7)));
        crm().companies().create(NewCompany.of("Other"), CustomFieldValues.of(Map.of("tier", "silver")));
        long pipeline = givenPipeline().id();
        Deal big = crm().deals().create(aDeal(pipeline).build(), CustomFieldValues.of(Map.of("score", "99.99")));
        Deal small = crm().deals().create(aDeal(pipeline).build(), CustomFieldValues.of(Map.of("score", 1)));

        assertThat(crm().companies().getById(acme.id()).customFields().number("score"))
                .contains(new BigDecimal("7.00"));
        assertThat(crm().companies()
                        .find(CompanyQuery.all().withCustomFields(List.of(equalTo("tier", "gold"))))
                        .items())
                .extracting(Company::id)
                .containsExactly(acme.id());
        assertThat(crm().deals()
                        .find(DealQuery.all().withCustomFields(List.of(atLeast("score", "50"))))
                        .items())
                .extracting(Deal::id)
                .containsExactly(big.id());
        Deal moved = crm().deals().update(small.id(), DealUpdate.builder().build(), Map.of("score", 60));
        assertThat(moved.customFields().number("score")).contains(new BigDecimal("60.00"));
        assertThat(crm().deals()
                        .find(DealQuery.all().withCustomFields(List.of(atLeast("score", "50"))))
                        .items())
                .extracting(Deal::id)
                .containsExactly(big.id(), small.id());
    }

    @Test
    void should_remove_the_values_of_a_deleted_field_from_every_record() {
        defineAll(CONTACT);
        CustomField tier = crm().customFields().list(CONTACT).stream()
                .filter(field -> field.key().equals("tier"))
                .findFirst()
                .orElseThrow();
        Contact ada = contactWith(Map.of("tier", "gold", "score", 1));
        Contact bob = contactWith(Map.of("score", 2));
        events().clear();

        crm().customFields().deleteById(tier.id());

        Contact adaNow = crm().contacts().getById(ada.id());
        assertThat(adaNow.customFields().asMap()).containsOnlyKeys("score");
        assertThat(adaNow.version()).isEqualTo(ada.version() + 1);
        assertThat(crm().contacts().getById(bob.id()).version()).isEqualTo(bob.version());
        assertThat(events().ofType(CustomFieldEvent.Deleted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.recordsChanged()).isEqualTo(1));
        assertInvalid("customFields.tier", () -> contacts(equalTo("tier", "gold")));
        CustomField again = define(CONTACT, "tier", CustomFieldType.TEXT, List.of());
        assertThat(crm().contacts().getById(ada.id()).customFields().get(again.key()))
                .isEmpty();
    }

    @Test
    void should_update_a_definition_but_never_its_key_or_type() {
        CustomField tier = define(CONTACT, "tier", CustomFieldType.CHOICE, List.of("gold"));

        CustomField changed = crm().customFields()
                .update(
                        tier.id(),
                        new CustomFieldUpdate("Level", true, null, List.of("gold", "bronze"), tier.version()));

        assertThat(changed.label()).isEqualTo("Level");
        assertThat(changed.required()).isTrue();
        assertThat(changed.options()).containsExactly("gold", "bronze");
        assertThat(changed.type()).isEqualTo(CustomFieldType.CHOICE);
        assertThat(changed.version()).isEqualTo(tier.version() + 1);
        assertThat(crm().customFields().getById(tier.id())).isEqualTo(changed);
        assertThatThrownBy(() -> crm().customFields()
                        .update(tier.id(), new CustomFieldUpdate("Old", null, null, null, tier.version())))
                .isInstanceOf(StaleVersionException.class);
        assertInvalid(
                "maxLength",
                () -> crm().customFields().update(tier.id(), new CustomFieldUpdate(null, null, 10, null, null)));
        assertThat(events().ofType(CustomFieldEvent.Updated.class)).hasSize(1);
    }

    private CustomField define(CustomFieldKind kind, String key, CustomFieldType type, List<String> options) {
        return crm().customFields()
                .create(new NewCustomField(
                        kind, key, key.strip(), type, null, type == CustomFieldType.NUMBER ? 2 : null, options, false));
    }

    /** One field of each type: nickname (text, 20), score (number, 2), renewal, active, tier, channels. */
    private void defineAll(CustomFieldKind kind) {
        crm().customFields()
                .create(new NewCustomField(
                        kind, "nickname", "Nickname", CustomFieldType.TEXT, 20, null, List.of(), false));
        define(kind, "score", CustomFieldType.NUMBER, List.of());
        define(kind, "renewal", CustomFieldType.DATE, List.of());
        define(kind, "active", CustomFieldType.BOOLEAN, List.of());
        define(kind, "tier", CustomFieldType.CHOICE, List.of("gold", "silver"));
        define(kind, "channels", CustomFieldType.MULTI_CHOICE, List.of("email", "phone"));
    }

    private Contact contactWith(Map<String, Object> values) {
        return crm().contacts().create(aContact().build(), CustomFieldValues.of(values));
    }

    private List<Long> contacts(CustomFieldFilter... filters) {
        return crm().contacts().find(ContactQuery.all().withCustomFields(List.of(filters))).items().stream()
                .map(Contact::id)
                .toList();
    }

    private static void assertInvalid(String field, ThrowingCallable operation) {
        assertThatThrownBy(operation)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey(field));
    }
}
