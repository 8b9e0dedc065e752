package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page's 403 says why it was refused, and a refused form lists what was typed so that none of it is lost. */
@WebAppTest
class DeniedPageTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUsers users;

    @Autowired
    Crm crm;

    String name;
    String email;

    @BeforeEach
    void user() {
        name = "denied-" + UUID.randomUUID().toString().substring(0, 8);
        email = Bodies.uniqueEmail("denied");
    }

    @Test
    void should_say_a_form_from_an_ended_session_was_not_saved_and_list_what_was_typed() {
        String token = ApiClient.loggedIn(port).csrfToken().orElseThrow();

        Reply refused = ApiClient.anonymous(port)
                .form(
                        "/contacts",
                        "firstName=Ada&lastName=Lovelace&email=" + email + "&notes=Met+at+the+fair&_csrf=" + token);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body())
                .contains("This form belongs to a session that has ended")
                .contains("What you typed")
                .contains("Met at the fair")
                .contains(email)
                .doesNotContain(token)
                .doesNotContain("Forbidden.");
        assertThat(crm.contacts().findByEmail(email)).isEmpty();
    }

    @Test
    void should_tell_a_read_only_user_their_account_cannot_change_anything() {
        users.create(name, "read-only-password", Role.READONLY);
        ApiClient browser = ApiClient.loggedIn(port, name, "read-only-password");

        Reply refused = browser.form("/contacts", "firstName=Ada&lastName=Lovelace&email=" + email);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body())
                .contains("Your account is read-only")
                .contains("An admin can make it a User")
                .contains(email);
        assertThat(crm.contacts().findByEmail(email)).isEmpty();
    }

    @Test
    void should_tell_a_user_a_page_is_for_admins_and_answer_404_to_the_page_itself() {
        users.create(name, "user-password", Role.USER);
        ApiClient browser = ApiClient.loggedIn(port, name, "user-password");

        Reply admin = browser.get("/admin/users");
        Reply direct = browser.get("/denied");

        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.body()).contains("Only an admin may do this.").doesNotContain("What you typed");
        assertThat(direct.status()).isEqualTo(404);
    }
}
