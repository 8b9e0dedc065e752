package dev.crmkit.examples.cli;

import dev.crmkit.examples.users.ApiToken;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.IssuedToken;
import dev.crmkit.examples.web.AppSchema;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crm token create|list|revoke --user NAME}: the web app's API tokens, on its database
 * directly and without a login (whoever can open the database is trusted already). Without
 * {@code --db} / {@code CRM_DB} it opens the web app's default H2 file, {@code ~/.crmkit/web}, which
 * the running app holds locked (stop it first, or create tokens on its {@code /account/tokens} page),
 * as its user {@code sa} unless {@code --db-user} says otherwise.
 */
@Command(
        name = "token",
        description = "Create, list and revoke the web app's API tokens (default database: ~/.crmkit/web).")
final class TokenCommand extends Subcommand {

    static final String WEB_DATABASE = "web";
    /** The user the web app's default H2 file was created with (application.properties). */
    private static final String WEB_DATABASE_USER = "sa";

    private static final List<String> COLUMNS = List.of("id", "user", "name", "starts_with", "created_at");

    @Command(name = "create", description = "Create a token for a user and print it (shown only this once).")
    int create(
            @Option(names = "--user", required = true, description = "the user the token acts as") String user,
            @Option(names = "--name", defaultValue = "cli", description = "what it is for (default: ${DEFAULT-VALUE})")
                    String name) {
        return withUsers(users -> {
            IssuedToken issued = users.issueToken(user, name);
            Map<String, @Nullable Object> record = view(issued.token());
            record.put("token", issued.secret());
            root().output().record(record);
            root().err()
                    .println("Copy the token now: it is stored hashed and cannot be shown again."
                            + " Use it as: Authorization: Bearer <token>");
        });
    }

    @Command(name = "list", description = "List a user's tokens (names and first characters only).")
    int list(@Option(names = "--user", required = true, description = "the user whose tokens to list") String user) {
        return withUsers(users -> {
            requireUser(users, user);
            root().output()
                    .list(users.tokens(user).stream().map(TokenCommand::view).toList(), COLUMNS, null, null);
        });
    }

    @Command(name = "revoke", description = "Revoke one of a user's tokens: clients using it get 401 from now on.")
    int revoke(
            @Option(names = "--user", required = true, description = "the user the token acts as") String user,
            @Parameters(paramLabel = "<id>", description = "the token's id, as token list shows it") long id) {
        return withUsers(users -> {
            requireUser(users, user);
            if (!users.revokeToken(user, id)) {
                throw new UserException("user " + user + " has no token " + id);
            }
            root().output().message("revoked token " + id + " of " + user);
        });
    }

    private int withUsers(UsersAction action) {
        try {
            AppSchema.migrate(root().dataSource(WEB_DATABASE, WEB_DATABASE_USER));
            action.run(new AppUsers(
                    root().dataSource(WEB_DATABASE, WEB_DATABASE_USER),
                    Clock.systemUTC(),
                    PasswordEncoderFactories.createDelegatingPasswordEncoder()));
            return 0;
        } finally {
            root().close();
        }
    }

    private static void requireUser(AppUsers users, String user) {
        if (users.findByUsername(user).isEmpty()) {
            throw new UserException("no user named " + user);
        }
    }

    private static Map<String, @Nullable Object> view(ApiToken token) {
        Map<String, @Nullable Object> view = new LinkedHashMap<>();
        view.put("id", token.id());
        view.put("user", token.username());
        view.put("name", token.name());
        view.put("starts_with", token.prefix());
        view.put("created_at", token.createdAt().toString());
        return view;
    }

    @FunctionalInterface
    private interface UsersAction {
        void run(AppUsers users);
    }
}
