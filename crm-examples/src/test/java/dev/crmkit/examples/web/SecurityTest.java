package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who gets in and what they may do: the API's credentials, the pages' login and CSRF, and the roles. */
@WebAppTest
class SecurityTest {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(crm_[A-Za-z0-9_-]+)<");

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    @Autowired
    AppUsers users;

    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void should_answer_401_problem_with_a_challenge_to_an_api_request_without_credentials() {
        ApiClient anonymous = ApiClient.anonymous(port);
        String email = Bodies.uniqueEmail("anonymous");

        Reply read = anonymous.get("/api/v1/contacts");
        Reply write = anonymous.post("/api/v1/contacts", Bodies.contact("Anna", "Nonymous", email));

        for (Reply reply : List.of(read, write)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("type").asString()).isEqualTo("/problems/unauthorized");
            assertThat(reply.response().headers().allValues("WWW-Authenticate"))
                    .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm="))
                    .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer realm="));
        }
        assertThat(crm.contacts().findByEmail(email)).isEmpty();
    }

    @Test
    void should_serve_the_login_page_its_icon_without_a_login() {
        ApiClient anonymous = ApiClient.anonymous(port);

        Reply login = anonymous.get("/login");
        Reply icon = anonymous.get("/favicon.svg");

        assertThat(login.body()).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).startsWith("image/svg+xml");
    }

    @Test
    void should_accept_basic_credentials_and_refuse_a_wrong_password() {
        Reply admin = new ApiClient(port).get("/api/v1/contacts");
        Reply wrong = ApiClient.basic(port, ApiClient.ADMIN, "not-the-password").get("/api/v1/contacts");

        assertThat(admin.status()).isEqualTo(200);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void should_accept_a_bearer_token_made_on_the_page_until_it_is_revoked() {
        users.create("tok-" + tag, "password-" + tag, Role.USER);
        ApiClient browser = ApiClient.loggedIn(port, "tok-" + tag, "password-" + tag);

        Reply unnamed = browser.form("/account/tokens", "name=+");
        Reply created = browser.form("/account/tokens", "name=ci");
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        ApiClient client = ApiClient.bearer(port, secret.group(1));
        Reply write = client.post("/api/v1/contacts", aContact());

        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.body()).contains(">Token name must be 1 to 100 characters<");
        assertThat(write.status()).as(write.toString()).isEqualTo(201);
        assertThat(browser.get("/account/tokens").body())
                .doesNotContain(secret.group(1))
                .contains(secret.group(1).substring(0, 10));
        long id = users.tokens("tok-" + tag).get(0).id();

        Reply revoked = browser.form("/account/tokens/" + id + "/revoke", "");
        Reply after = client.get("/api/v1/contacts");

        assertThat(revoked.status()).isEqualTo(302);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
    }

    @Test
    void should_refuse_a_token_name_with_a_nul_or_control_character_and_create_no_token() {
        users.create("ctl-" + tag, "password-" + tag, Role.USER);
        ApiClient browser = ApiClient.loggedIn(port, "ctl-" + tag, "password-" + tag);

        Reply nul = browser.form("/account/tokens", "name=a%00b");
        Reply control = browser.form("/account/tokens", "name=a%01b");

        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.body()).contains("must not contain NUL characters");
        assertThat(control.status()).isEqualTo(422);
        assertThat(control.body()).contains("must not contain control characters");
        assertThat(users.tokens("ctl-" + tag)).isEmpty();
    }

    @Test
    void should_not_let_a_user_revoke_another_users_token() {
        users.create("own-" + tag, "password-" + tag, Role.USER);
        String secret = users.issueToken("own-" + tag, "mine").secret();
        long id = users.tokens("own-" + tag).get(0).id();

        Reply refused = ApiClient.loggedIn(port).form("/account/tokens/" + id + "/revoke", "");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(ApiClient.bearer(port, secret).get("/api/v1/contacts").status())
                .isEqualTo(200);
    }

    @Test
    void should_refuse_a_cross_site_form_post_without_the_csrf_token_and_delete_nothing() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        ApiClient victim = ApiClient.loggedIn(port);

        Reply forged = victim.send(victim.request("/contacts/" + contact.id() + "/delete")
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(crm.contacts().findById(contact.id())).isPresent();
    }

    @Test
    void should_refuse_an_api_write_riding_on_the_session_cookie_without_the_csrf_token() {
        ApiClient victim = ApiClient.loggedIn(port);
        String email = Bodies.uniqueEmail("csrf");

        Reply forged = victim.send(victim.request("/api/v1/contacts")
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.contact("Eve", "Evil", email))));
        Reply withToken =
                victim.post("/api/v1/contacts", Bodies.contact("Ada", "Script", Bodies.uniqueEmail("script")));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("type").asString()).isEqualTo("/problems/csrf");
        assertThat(crm.contacts().findByEmail(email)).isEmpty();
        assertThat(withToken.status()).as(withToken.toString()).isEqualTo(201);
    }

    @Test
    void should_let_a_readonly_user_read_but_refuse_every_write_with_403() {
        users.create("ro-" + tag, "password-" + tag, Role.READONLY);
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        ApiClient api = ApiClient.basic(port, "ro-" + tag, "password-" + tag);
        ApiClient browser = ApiClient.loggedIn(port, "ro-" + tag, "password-" + tag);

        Reply read = api.get("/api/v1/contacts/" + contact.id());
        Reply apiDelete = api.delete("/api/v1/contacts/" + contact.id());
        Reply apiCreate = api.post("/api/v1/pipelines", Bodies.pipeline("RO " + tag));
        Reply page = browser.get("/contacts/" + contact.id());
        Reply pageDelete = browser.form("/contacts/" + contact.id() + "/delete", "");

        assertThat(read.status()).isEqualTo(200);
        assertThat(apiDelete.status()).isEqualTo(403);
        assertThat(apiDelete.contentType()).startsWith("application/problem+json");
        assertThat(apiDelete.json().path("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(apiCreate.status()).isEqualTo(403);
        assertThat(page.status()).isEqualTo(200);
        assertThat(pageDelete.status()).isEqualTo(403);
        assertThat(crm.contacts().findById(contact.id())).isPresent();
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
    }

    @Test
    void should_let_an_admin_create_a_user_who_can_then_log_in_and_disable_them() {
        ApiClient admin = ApiClient.loggedIn(port);

        Reply created = admin.form("/admin/users", "username=New-" + tag + "&password=password-" + tag + "&role=USER");
        Reply login = ApiClient.anonymous(port).login("new-" + tag, "password-" + tag);
        long id = users.findByUsername("new-" + tag).orElseThrow().id();
        admin.form("/admin/users/" + id + "/disable", "");
        Reply refused = ApiClient.anonymous(port).login("new-" + tag, "password-" + tag);
        Reply tooShort = admin.form("/admin/users", "username=short-" + tag + "&password=short&role=USER");
        Reply bothWrong = admin.form("/admin/users", "username=two+words&password=short&role=USER");
        Reply allWrong = admin.form("/admin/users", "username=&password=&role=GOD");
        Reply taken =
                admin.form("/admin/users", "username=new-" + tag + "&password=password-" + tag + "&role=READONLY");

        assertThat(created.status()).isEqualTo(302);
        assertThat(login.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(refused.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body()).contains("Password must be 8 to 72 bytes long");
        assertThat(bothWrong.body())
                .as("every error at once")
                .contains("Username must be 1-64 letters")
                .contains("Password must be 8 to 72 bytes long");
        assertThat(allWrong.status()).isEqualTo(422);
        assertThat(allWrong.body())
                .as("a role no form offers is one more error, not the only one")
                .contains("Please correct these 3 fields:")
                .contains("Username must be 1-64 letters")
                .contains("Password must be 8 to 72 bytes long")
                .contains("Role must be one of ADMIN, USER, READONLY");
        assertThat(taken.body())
                .contains(">Username new-" + tag + " is already taken<")
                .as("the form keeps the role chosen, in words")
                .contains("<option value=\"READONLY\" selected=\"selected\">Read-only</option>");
    }
}
