package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.examples.users.AppUser;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A logged-in session lasts only while its user is as it signed in (enabled, same password, same
 * role), and every user can change their own password, an admin anyone's.
 */
@WebAppTest
class PasswordsAndSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUsers users;

    @Autowired
    Crm crm;

    String name;

    @BeforeEach
    void user() {
        name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "first-password", Role.USER);
    }

    @Test
    void should_end_the_sessions_of_a_user_an_admin_disables_or_deletes() {
        ApiClient disabledOne = ApiClient.loggedIn(port, name, "first-password");
        AppUser other = users.create(name + "-x", "first-password", Role.USER);
        ApiClient deletedOne = ApiClient.loggedIn(port, other.username(), "first-password");
        ApiClient admin = ApiClient.loggedIn(port);

        admin.form("/admin/users/" + id(name) + "/disable", "");
        admin.form("/admin/users/" + other.id() + "/delete", "");
        Reply page = disabledOne.get("/contacts");
        String email = Bodies.uniqueEmail("deleted");
        Reply write = deletedOne.post("/api/v1/contacts", Bodies.contact("Del", "Eted", email));
        Reply again = disabledOne.get("/contacts");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?ended"));
        assertThat(write.status()).as(write.toString()).isEqualTo(401);
        assertThat(write.json().path("detail").asString()).contains("Your session ended");
        assertThat(crm.contacts().findByEmail(email)).as("nothing written").isEmpty();
        assertThat(again.header("Location"))
                .as("the session is gone, not only refused once")
                .hasValueSatisfying(to -> assertThat(to).contains("/login"));
        assertThat(admin.get("/contacts").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/login?ended").body()).contains("Your session ended");
    }

    @Test
    void should_not_look_the_user_up_for_what_every_page_loads_for_anyone() {
        ApiClient browser = ApiClient.loggedIn(port, name, "first-password");
        ApiClient.loggedIn(port).form("/admin/users/" + id(name) + "/disable", "");

        Reply styles = browser.get("/app.css");
        Reply script = browser.get("/app.js");
        Reply page = browser.get("/contacts");

        assertThat(styles.status())
                .as("public assets are served without a user lookup")
                .isEqualTo(200);
        assertThat(script.status()).isEqualTo(200);
        assertThat(page.header("Location"))
                .as("the first page that needs the user ends the session")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?ended"));
    }

    @Test
    void should_change_ones_own_password_ending_the_other_sessions_only() {
        ApiClient here = ApiClient.loggedIn(port, name, "first-password");
        ApiClient elsewhere = ApiClient.loggedIn(port, name, "first-password");

        Reply changed = here.form(
                "/account/password",
                "current_password=first-password&password=second-password&confirm_password=second-password");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(302);
        assertThat(here.get("/account/password").body()).contains("Password changed");
        assertThat(here.get("/contacts").status())
                .as("the session that changed it goes on")
                .isEqualTo(200);
        assertThat(elsewhere.get("/contacts").header("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?ended"));
        assertThat(ApiClient.anonymous(port).login(name, "first-password").header("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(ApiClient.basic(port, name, "second-password")
                        .get("/api/v1/contacts")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void should_name_every_error_of_a_password_change_at_once_and_keep_the_old_password() {
        ApiClient browser = ApiClient.loggedIn(port, name, "first-password");

        Reply refused =
                browser.form("/account/password", "current_password=not-it&password=short&confirm_password=other");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Please correct these 3 fields:")
                .contains("Current password is wrong")
                .contains("New password must be 8 to 72 bytes long")
                .contains("New password again does not match the new password")
                .doesNotContain("not-it");
        assertThat(ApiClient.basic(port, name, "first-password")
                        .get("/api/v1/contacts")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void should_let_an_admin_set_a_users_password_ending_their_sessions() {
        ApiClient user = ApiClient.loggedIn(port, name, "first-password");
        ApiClient admin = ApiClient.loggedIn(port);

        Reply form = admin.get("/admin/users/" + id(name) + "/password");
        Reply mismatch = admin.form(
                "/admin/users/" + id(name) + "/password", "password=reset-password&confirm_password=reset-passwort");
        Reply set = admin.form(
                "/admin/users/" + id(name) + "/password", "password=reset-password&confirm_password=reset-password");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Password of <span>" + name + "</span>")
                .doesNotContain("current_password");
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(set.status()).isEqualTo(302);
        assertThat(user.get("/contacts").header("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?ended"));
        assertThat(ApiClient.anonymous(port).login(name, "reset-password").header("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(ApiClient.loggedIn(port, name, "reset-password")
                        .get("/admin/users/" + id(name) + "/password")
                        .status())
                .as("only an admin sets another's password")
                .isEqualTo(403);
    }

    @Test
    void should_send_an_admin_to_their_own_password_page_which_asks_for_the_current_one() {
        String adminName = name + "-admin";
        users.create(adminName, "admin-password", Role.ADMIN);
        ApiClient admin = ApiClient.loggedIn(port, adminName, "admin-password");

        Reply page = admin.get("/admin/users/" + id(adminName) + "/password");
        Reply post = admin.form(
                "/admin/users/" + id(adminName) + "/password", "password=taken-over&confirm_password=taken-over");

        assertThat(page.header("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/account/password"));
        assertThat(post.header("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/account/password"));
        assertThat(ApiClient.basic(port, adminName, "admin-password")
                        .get("/api/v1/contacts")
                        .status())
                .as("unchanged")
                .isEqualTo(200);
    }

    @Test
    void should_let_an_admin_change_a_role_which_ends_the_users_sessions_but_not_their_own() {
        ApiClient user = ApiClient.loggedIn(port, name, "first-password");
        ApiClient admin = ApiClient.loggedIn(port);
        long adminId = id(ApiClient.ADMIN);

        Reply demoted = admin.form("/admin/users/" + id(name) + "/role", "role=READONLY");
        Reply unknown = admin.form("/admin/users/" + id(name) + "/role", "role=GOD");
        Reply self = admin.form("/admin/users/" + adminId + "/role", "role=READONLY");

        assertThat(demoted.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains(name + " is now");
        assertThat(users.findByUsername(name).orElseThrow().role()).isEqualTo(Role.READONLY);
        assertThat(user.get("/contacts").header("Location"))
                .as("the session carried the old role")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?ended"));
        assertThat(ApiClient.basic(port, name, "first-password")
                        .post("/api/v1/contacts", Bodies.contact("Read", "Only", Bodies.uniqueEmail("ro")))
                        .status())
                .isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(302);
        assertThat(users.findByUsername(name).orElseThrow().role()).isEqualTo(Role.READONLY);
        assertThat(self.status()).isEqualTo(302);
        assertThat(users.findByUsername(ApiClient.ADMIN).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.get("/contacts").status()).isEqualTo(200);
    }

    private long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }
}
