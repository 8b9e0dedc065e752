package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.trash.TrashKind;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /trash}: the list, a refused restore as the page's alert, and purge. */
@WebAppTest
class TrashPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient browser;
    String tag;

    @BeforeEach
    void logIn() {
        browser = ApiClient.loggedIn(port);
        tag = "trash-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void should_show_a_refused_restore_as_an_alert_naming_the_contact_that_took_the_email() {
        Contact first = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        crm.contacts().deleteById(first.id());
        Contact second = crm.contacts().create(NewContact.of("Bob", "L", tag + "@example.com"));

        Reply refused = browser.form("/trash/contact/" + first.id() + "/restore", "");

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location").orElse("")).endsWith("/trash");
        String page = browser.get("/trash").body();
        assertThat(page).contains("class=\"alert\"").contains("is now used by contact " + second.id());
        assertThat(page).contains("data-id=\"" + first.id() + "\"");
        assertThat(crm.contacts().findById(first.id())).isEmpty();
    }

    @Test
    void should_purge_an_entry_from_the_page_and_filter_by_kind() {
        Contact ada = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        crm.contacts().deleteById(ada.id());
        assertThat(browser.get("/trash?kind=deal").body()).doesNotContain("data-id=\"" + ada.id() + "\"");
        assertThat(browser.get("/trash?kind=contact").body()).contains(tag + "@example.com");

        Reply purged = browser.form("/trash/contact/" + ada.id() + "/purge", "");

        assertThat(purged.status()).isEqualTo(302);
        assertThat(crm.trash().find(TrashKind.CONTACT, ada.id())).isEmpty();
        assertThat(browser.get("/trash").body()).contains("Purged contact " + ada.id());
        assertThat(browser.get("/trash?kind=tag").status()).isEqualTo(400);
    }
}
