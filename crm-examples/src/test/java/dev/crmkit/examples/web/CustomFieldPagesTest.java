package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin page that defines custom fields, their inputs on the contact form (errors shown with
 * the input kept) and their values on detail pages. Fields get keys of their own and are deleted
 * afterwards: the app is shared by the test classes.
 */
@WebAppTest
class CustomFieldPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient browser;
    String key;
    final List<Long> defined = new ArrayList<>();

    @BeforeEach
    void session() {
        browser = ApiClient.loggedIn(port);
        key = "tier_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @AfterEach
    void deleteFields() {
        defined.forEach(id -> crm.customFields().deleteById(id));
    }

    /** A contact field "Tier &lt;key&gt;": a choice of gold or silver. */
    private void defineContactTier() {
        defined.add(crm.customFields()
                .create(new NewCustomField(
                        CustomFieldKind.CONTACT,
                        key,
                        "Tier " + key,
                        CustomFieldType.CHOICE,
                        null,
                        null,
                        List.of("gold", "silver"),
                        false))
                .id());
    }

    @Test
    void should_define_a_field_on_the_admin_page_and_keep_the_input_on_an_error() {
        Reply created = browser.form(
                "/admin/custom-fields", "kind=contact&key=" + key + "&label=Tier&type=choice&options=gold%2C+silver");
        Reply refused = browser.form("/admin/custom-fields", "kind=deal&key=9bad&label=Bad+" + key + "&type=text");

        assertThat(created.status()).isEqualTo(302);
        CustomField field = field(CustomFieldKind.CONTACT);
        assertThat(field.options()).containsExactly("gold", "silver");
        assertThat(browser.get("/admin/custom-fields").body()).contains("custom-field-contact-" + key);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Key must be a letter")
                .contains("id=\"cf-key-error\">must be a letter")
                .contains("value=\"Bad " + key + "\"");
    }

    @Test
    void should_name_every_error_of_the_definition_at_once_under_its_labelled_input() {
        Reply refused = browser.form(
                "/admin/custom-fields", "kind=contact&key=Bad+key&label=&type=text&max_length=abc&scale=2");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Please correct these 4 fields:")
                .contains("<label for=\"cf-max-length\">Max length</label>")
                .contains("aria-describedby=\"cf-key-error\"")
                .contains("<p class=\"field-error\" id=\"cf-key-error\">must be a letter")
                .contains("<p class=\"field-error\" id=\"cf-label-error\">must not be blank</p>")
                .contains("<p class=\"field-error\" id=\"cf-max-length-error\">must be a whole number</p>")
                .contains("<p class=\"field-error\" id=\"cf-scale-error\">is only for number fields</p>")
                .contains("Max length must be a whole number");
        assertThat(refused.body().indexOf("Key must be a letter"))
                .as("the summary follows the form's order")
                .isLessThan(refused.body().indexOf("Max length must be"));
    }

    @Test
    void should_name_the_key_and_label_errors_beside_a_bad_kind_and_type() {
        Reply refused =
                browser.form("/admin/custom-fields", "kind=planet&key=Bad+key&label=&type=colour&max_length=abc");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Please correct these 5 fields:")
                .contains("<p class=\"field-error\" id=\"cf-kind-error\">must be contact, company or deal</p>")
                .contains("<p class=\"field-error\" id=\"cf-key-error\">must be a letter")
                .contains("<p class=\"field-error\" id=\"cf-label-error\">must not be blank</p>")
                .contains("<p class=\"field-error\" id=\"cf-type-error\">is not a field type</p>")
                .contains("<p class=\"field-error\" id=\"cf-max-length-error\">must be a whole number</p>");
    }

    @Test
    void should_fill_custom_fields_in_the_contact_form_and_show_them() {
        defineContactTier();

        assertThat(browser.get("/contacts/new").body()).contains("id=\"cf-" + key + "\"");
        Reply refused = browser.form(
                "/contacts", "firstName=Ada&lastName=Cf&email=" + key + "%40example.com&cf." + key + "=platinum");
        Reply created = browser.form(
                "/contacts", "firstName=Ada&lastName=Cf&email=" + key + "%40example.com&cf." + key + "=gold");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"cf-" + key + "-error\"")
                .contains("must be one of: gold, silver")
                .as("the summary names the field by its label and links to its input")
                .contains("<a href=\"#cf-" + key + "\">Tier " + key + " must be one of: gold, silver</a>");
        assertThat(created.status()).isEqualTo(302);
        Contact contact =
                crm.contacts().find(ContactQuery.all().withText(key)).items().get(0);
        assertThat(contact.customFields().text(key)).contains("gold");
        assertThat(browser.get("/contacts/" + contact.id()).body())
                .contains("Tier " + key)
                .contains(">gold<");

        Reply cleared = browser.form(
                "/contacts/" + contact.id(),
                "firstName=Ada&lastName=Cf&email=" + key + "%40example.com&version=" + contact.version());
        assertThat(cleared.status()).isEqualTo(302);
        assertThat(crm.contacts().getById(contact.id()).customFields().isEmpty())
                .isTrue();
    }

    @Test
    void should_list_the_fields_the_custom_field_and_the_tags_errors_of_a_contact_form_at_once() {
        defineContactTier();
        String errors = "firstName=&lastName=Cf&email=bad&cf." + key + "=platinum&tags=ok%2C+" + "a".repeat(51);
        long id = crm.contacts()
                .create(NewContact.of("Ada", "Cf", "all-" + key + "@example.com"))
                .id();

        Reply created = browser.form("/contacts", errors);
        Reply edited = browser.form("/contacts/" + id, errors);

        for (Reply refused : List.of(created, edited)) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body())
                    .contains("Please correct these 4 fields:")
                    .contains("<a href=\"#firstName\">First name must not be blank</a>")
                    .contains("<a href=\"#email\">Email must be a valid email")
                    .contains("<a href=\"#cf-" + key + "\">Tier " + key + " must be one of: gold, silver</a>")
                    .contains("<a href=\"#tags\">Tags must be at most 50 characters</a>");
        }
        assertThat(crm.contacts().find(ContactQuery.all().withText(key)).items())
                .as("nothing written")
                .extracting(Contact::firstName)
                .containsExactly("Ada");
    }

    @Test
    void should_list_the_fields_and_the_custom_field_errors_of_a_deal_form_at_once() {
        defined.add(crm.customFields()
                .create(NewCustomField.of(CustomFieldKind.DEAL, key, "Score " + key, CustomFieldType.NUMBER))
                .id());
        long pipeline = crm.pipelines().create(NewPipeline.of("P " + key)).id();
        Deal deal = crm.deals()
                .create(NewDeal.builder("Cf " + key).pipelineId(pipeline).build());

        Reply refused = browser.form(
                "/deals/" + deal.id(),
                "title=&amount=1&currency=EUR&stage=" + pipeline + "%2F" + deal.status() + "&cf." + key + "=many");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Please correct these 2 fields:")
                .contains("must not be blank")
                .contains("<a href=\"#cf-" + key + "\">Score " + key + " must be a number</a>");
        assertThat(crm.deals().getById(deal.id()).title()).as("nothing written").isEqualTo("Cf " + key);
    }

    @Test
    void should_show_the_values_in_the_list_and_filter_it_by_a_field_keeping_the_filter() {
        defineContactTier();
        crm.contacts()
                .create(
                        NewContact.of("Gold", "Lister", "gold-" + key + "@example.com"),
                        CustomFieldValues.of(Map.of(key, "gold")));
        crm.contacts()
                .create(
                        NewContact.of("Silver", "Lister", "silver-" + key + "@example.com"),
                        CustomFieldValues.of(Map.of(key, "silver")));

        Reply all = browser.get("/contacts?q=" + key);
        Reply filtered = browser.get("/contacts?q=" + key + "&cf." + key + "=gold");
        Reply unknown = browser.get("/contacts?cf.nope_" + key + "=1");

        assertThat(all.body())
                .contains("gold-" + key + "@example.com")
                .contains("silver-" + key + "@example.com")
                .contains("Tier " + key + ": silver")
                .doesNotContain("id=\"field-filter\"");
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body())
                .contains("gold-" + key + "@example.com")
                .doesNotContain("silver-" + key + "@example.com")
                .contains("Tier " + key + ": gold")
                .contains("id=\"field-filter\"")
                .contains("Tier " + key + " = gold")
                // the search form keeps the filter for the next search
                .contains("name=\"cf." + key + "\" value=\"gold\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("<html").contains("cf.nope_" + key + " is not a custom field");
    }

    @Test
    void should_name_the_address_parameter_a_refused_list_value_came_in() {
        Reply longSearch = browser.get("/contacts?q=" + "a".repeat(1401));
        Reply longTag = browser.get("/contacts?tag=" + "a".repeat(51));

        assertThat(longSearch.status()).isEqualTo(400);
        assertThat(longSearch.body()).contains("q must be at most 1400 characters");
        assertThat(longTag.status()).isEqualTo(400);
        assertThat(longTag.body()).contains("tag must be at most 50 characters");
    }

    @Test
    void should_show_the_values_of_a_deal() {
        defined.add(crm.customFields()
                .create(NewCustomField.of(CustomFieldKind.DEAL, key, "Region " + key, CustomFieldType.TEXT))
                .id());
        long pipeline = crm.pipelines().create(NewPipeline.of("P " + key)).id();
        Deal deal = crm.deals()
                .create(
                        NewDeal.builder("Cf " + key).pipelineId(pipeline).build(),
                        CustomFieldValues.of(Map.of(key, "North & South")));

        assertThat(browser.get("/deals/" + deal.id()).body())
                .contains("Region " + key)
                .contains("North &amp; South");
    }

    @Test
    void should_edit_the_values_of_a_deal_and_keep_the_input_on_an_error() {
        defined.add(crm.customFields()
                .create(new NewCustomField(
                        CustomFieldKind.DEAL, key, "Score " + key, CustomFieldType.NUMBER, null, 1, List.of(), false))
                .id());
        long pipeline = crm.pipelines().create(NewPipeline.of("P " + key)).id();
        Deal deal = crm.deals()
                .create(NewDeal.builder("Cf " + key).pipelineId(pipeline).build());
        String form = "title=Cf&amount=10&currency=USD&contactId=&expectedCloseDate=&lostReason=&stage=" + pipeline
                + "%2Flead&cf." + key + "=";

        assertThat(browser.get("/deals/" + deal.id() + "/edit").body()).contains("id=\"cf-" + key + "\"");
        Reply refused = browser.form("/deals/" + deal.id(), form + "1.25");
        Reply saved = browser.form("/deals/" + deal.id(), form + "1.5");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("must have at most 1 decimal places")
                .contains("<a href=\"#cf-" + key + "\">Score " + key + " must have at most 1 decimal places</a>")
                .contains("value=\"1.25\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(crm.deals().getById(deal.id()).customFields().number(key))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1.5"));
    }

    @Test
    void should_add_a_deal_on_the_board_with_its_custom_fields_and_show_every_error_at_once() {
        defined.add(crm.customFields()
                .create(new NewCustomField(
                        CustomFieldKind.DEAL, key, "Score " + key, CustomFieldType.NUMBER, null, 1, List.of(), false))
                .id());
        long pipeline = crm.pipelines().create(NewPipeline.of("Board " + key)).id();
        String path = "/pipelines/" + pipeline + "/deals";

        assertThat(browser.get("/pipelines/" + pipeline).body()).contains("id=\"cf-" + key + "\"");
        Reply refused = browser.form(path, "title=&amount=10&currency=USD&cf." + key + "=1.25");
        Reply added = browser.form(path, "title=Board+" + key + "&amount=10&currency=USD&cf." + key + "=1.5");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Title must not be blank")
                .contains("id=\"cf-" + key + "-error\"")
                .contains("must have at most 1 decimal places")
                .contains("value=\"1.25\"")
                .contains("value=\"10\"");
        assertThat(added.status()).isEqualTo(302);
        Deal deal =
                crm.deals().find(DealQuery.all().inPipeline(pipeline)).items().get(0);
        assertThat(deal.title()).isEqualTo("Board " + key);
        assertThat(deal.customFields().number(key))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1.5"));
        assertThat(crm.deals().find(DealQuery.all().inPipeline(pipeline)).items())
                .hasSize(1);
    }

    private CustomField field(CustomFieldKind kind) {
        CustomField field = crm.customFields().list(kind).stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow();
        defined.add(field.id());
        return field;
    }
}
