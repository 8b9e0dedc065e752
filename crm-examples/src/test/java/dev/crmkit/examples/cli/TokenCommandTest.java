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

/** {@code crm token}: the web app's API tokens, made and revoked on its database without a login. */
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
