package dev.crmkit.examples.cli;

import dev.crmkit.examples.users.ApiToken;
import dev.crmkit.examples.users.IssuedToken;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crm token create|list|revoke --user NAME}: the web app's API tokens, on its database
 * ({@link WebUsersCommand}; while the app runs, create tokens on its {@code /account/tokens} page).
 */
@Command(
        name = "token",
        description = "Create, list and revoke the web app's API tokens (default database: ~/.crmkit/web).")
final class TokenCommand extends WebUsersCommand {

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

    private static Map<String, @Nullable Object> view(ApiToken token) {
        Map<String, @Nullable Object> view = new LinkedHashMap<>();
        view.put("id", token.id());
        view.put("user", token.username());
        view.put("name", token.name());
        view.put("starts_with", token.prefix());
        view.put("created_at", token.createdAt().toString());
        return view;
    }
}
