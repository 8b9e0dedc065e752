package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.examples.cli.CliRunner.Result;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.AppSchema;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code crm token} and {@code crm user}: the web app's API tokens and passwords, set on its database
 * without a login.
 */
class TokenCommandTest extends CliTest {

    @Override
    String database() {
        return "jdbc:h2:file:" + home.resolve("web");
    }

    @BeforeEach
    void aUser() {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(database());
            AppSchema.migrate(dataSource);
            users(dataSource).create("ada", "password-ada", Role.USER);
        }
    }

    @Test
    void should_create_a_token_that_authenticates_then_list_and_revoke_it() {
        Result created = crm.run("--json", "token", "create", "--user", "ada", "--name", "ci");
        String secret = created.json().path("token").asString();
        long id = created.id();
        Result listed = crm.run("token", "list", "--user", "ada");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.err()).contains("cannot be shown again");
        assertThat(secret).startsWith("crm_").hasSizeGreaterThan(40);
        assertThat(userOf(secret)).contains("ada");
        assertThat(listed.out())
                .contains("ci")
                .contains(secret.substring(0, 10))
                .doesNotContain(secret);

        Result revoked = crm.run("token", "revoke", "--user", "ada", String.valueOf(id));

        assertThat(revoked.exitCode()).as(revoked.toString()).isZero();
        assertThat(userOf(secret)).isEmpty();
        assertThat(crm.run("token", "list", "--user", "ada").out()).contains("(none)");
    }

    @Test
    void should_exit_1_for_an_unknown_user_or_token() {
        Result noUser = crm.run("token", "create", "--user", "nobody");
        Result noToken = crm.run("token", "revoke", "--user", "ada", "999");

        assertThat(noUser.exitCode()).isEqualTo(1);
        assertThat(noUser.err()).contains("--user does not name a user: nobody");
        assertThat(noToken.exitCode()).isEqualTo(1);
        assertThat(noToken.err()).contains("user ada has no token 999");
    }

    @Test
    void should_default_to_the_web_apps_database_as_the_web_app_created_it() {
        String web = "jdbc:h2:file:" + home.resolve(".crmkit").resolve("web");
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(web);
            dataSource.setUsername("sa"); // as application.properties opens it
            AppSchema.migrate(dataSource);
            users(dataSource).create("grace", "password-grace", Role.ADMIN);
        }

        Result created = new CliRunner(home, "").run("token", "create", "--user", "grace");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).contains("token").contains("crm_");
    }

    @Test
    void should_set_a_lost_password_from_stdin_so_the_new_one_signs_in_and_the_old_one_no_longer() {
        Result set = crm.runWithInput("password-new\n", "user", "password", "ada");

        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out()).contains("set the password of ada");
        assertThat(set.out() + set.err()).doesNotContain("password-new");
        assertThat(passwordMatches("ada", "password-new")).isTrue();
        assertThat(passwordMatches("ada", "password-ada")).isFalse();
    }

    @Test
    void should_exit_1_naming_the_rule_for_a_short_password_or_an_unknown_user_and_change_nothing() {
        Result tooShort = crm.runWithInput("short\n", "user", "password", "ada");
        Result nobody = crm.runWithInput("password-new\n", "user", "password", "nobody");
        Result nothing = crm.runWithInput("", "user", "password", "ada");

        assertThat(tooShort.exitCode()).isEqualTo(1);
        assertThat(tooShort.err()).contains("error: the new password must be 8 to 72 bytes long");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).contains("no user named nobody");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).contains("no password on stdin");
        assertThat(passwordMatches("ada", "password-ada")).isTrue();
    }

    private boolean passwordMatches(String username, String password) {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(database());
            String hash =
                    users(dataSource).findByUsername(username).orElseThrow().passwordHash();
            return PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(password, hash);
        }
    }

    private Optional<String> userOf(String secret) {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(database());
            return users(dataSource).findByToken(secret).map(user -> user.username());
        }
    }

    private static AppUsers users(HikariDataSource dataSource) {
        return new AppUsers(dataSource, Clock.systemUTC(), PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
