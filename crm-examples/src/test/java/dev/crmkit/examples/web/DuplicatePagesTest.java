package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /duplicates} lists groups with a merge link; {@code /duplicates/merge} previews, then merges
 * on confirm; the page it leads to offers the merge's undo.
 */
@WebAppTest
class DuplicatePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient browser;
    String phone;
    Contact ada;
    Contact copy;

    @BeforeEach
    void duplicates() {
        browser = ApiClient.loggedIn(port);
        phone = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ada = crm.contacts()
                .create(NewContact.of("Ada", "Lovelace " + tag, "ada-" + tag + "@example.com")
                        .withPhone(phone));
        copy = crm.contacts()
                .create(NewContact.of("Augusta", "King " + tag, "king-" + tag + "@example.com")
                        .withPhone("+1 " + phone)
                        .withPosition("Analyst"));
    }

    private String form(String action, long copyVersion) {
        return "kind=contacts&v=" + ada.id() + "%3A" + ada.version() + "&v=" + copy.id() + "%3A" + copyVersion
                + "&survivor=" + ada.id() + "&field_lastName=" + copy.id() + "&action=" + action;
    }

    @Test
    void should_list_the_group_with_a_link_to_its_merge_form() {
        String page = browser.get("/duplicates?kind=contacts&cursor=same_phone:" + phone.substring(0, 9))
                .body();
        String merge = browser.get("/duplicates/merge?kind=contacts&ids=" + ada.id() + "&ids=" + copy.id())
                .body();

        assertThat(page).contains(phone).contains(ada.fullName()).contains(copy.fullName());
        assertThat(page).contains("/duplicates/merge?kind=contacts&amp;ids=" + ada.id() + "&amp;ids=" + copy.id());
        assertThat(merge)
                .contains("id=\"merge-form\"")
                .contains("name=\"field_phone\"")
                .contains("Analyst");
        assertThat(merge).doesNotContain("id=\"confirm-merge\"");
    }

    @Test
    void should_preview_without_writing_then_merge_on_confirm() {
        Reply preview = browser.form("/duplicates/merge", form("preview", copy.version()));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"merge-preview\"").contains("id=\"confirm-merge\"");
        assertThat(preview.body()).contains("data-field=\"lastName\">" + copy.lastName() + "<");
        assertThat(preview.body()).contains("data-field=\"position\">Analyst<");
        assertThat(crm.contacts().findById(copy.id())).isPresent();

        Reply confirmed = browser.form("/duplicates/merge", form("confirm", copy.version()));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        assertThat(confirmed.header("Location").orElseThrow()).endsWith("/contacts/" + ada.id());
        assertThat(crm.contacts().findById(copy.id())).isEmpty();
        assertThat(crm.contacts().getById(ada.id()).lastName()).isEqualTo(copy.lastName());
    }

    @Test
    void should_offer_the_undo_of_a_merge_on_the_page_it_leads_to() {
        Reply confirmed = browser.form("/duplicates/merge", form("confirm", copy.version()));
        String survivorPage = browser.get(java.net
                        .URI
                        .create(confirmed.header("Location").orElseThrow())
                        .getPath())
                .body();
        Matcher undo = Pattern.compile("action=\"(/duplicates/undo/[^\"]+)\"").matcher(survivorPage);
        assertThat(undo.find()).as(survivorPage).isTrue();

        Reply undone = browser.form(undo.group(1), "");

        assertThat(undone.status()).as(undone.body()).isEqualTo(302);
        assertThat(browser.get("/duplicates").body()).contains("Undid the merge");
        assertThat(crm.contacts().getById(copy.id())).isEqualTo(copy);
        assertThat(crm.contacts().getById(ada.id()).lastName()).isEqualTo(ada.lastName());
        assertThat(browser.form(undo.group(1), "").status())
                .as("a second undo is refused: the merge is undone already")
                .isEqualTo(302);
        assertThat(browser.get("/duplicates").body()).contains("has nothing left to undo");
    }

    @Test
    void should_not_undo_a_change_set_of_someone_else_from_the_page() {
        String theirs = crm.changeSets().newId();
        crm.changeSets()
                .run(
                        theirs,
                        () -> crm.contacts()
                                .update(
                                        copy.id(),
                                        ContactUpdate.builder().notes("x").build()));

        Reply refused = browser.form("/duplicates/undo/" + theirs, "");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(crm.contacts().getById(copy.id()).notes()).isEqualTo("x");
    }

    @Test
    void should_refuse_a_confirmation_based_on_an_old_version_and_show_the_form_again() {
        Reply refused = browser.form("/duplicates/merge", form("confirm", copy.version() + 1));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"merge-alert\"").contains("id=\"merge-form\"");
        assertThat(crm.contacts().findById(copy.id())).isPresent();
    }
}
