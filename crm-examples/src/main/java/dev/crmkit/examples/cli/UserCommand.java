package dev.crmkit.examples.cli;

import dev.crmkit.examples.users.AppUser;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code crm user password NAME}: sets a web app user's password on its database
 * ({@link WebUsersCommand}), for the admin who lost theirs and so cannot log in to the users page.
 * The password is asked on the console twice without echo; without a console (a script) it is the
 * first line of stdin, never an argument, which other users of the machine could read. The user's
 * sessions end at their next request; their API tokens keep working.
 */
@Command(name = "user", description = "Set a web app user's password (default database: ~/.crmkit/web).")
final class UserCommand extends WebUsersCommand {

    private static final String PROMPT = "New password: ";

    @Command(
            name = "password",
            description = "Set a user's password: asked twice on the console, else read from the first line of stdin.")
    int password(@Parameters(paramLabel = "<username>", description = "the user, e.g. admin") String username) {
        return withUsers(users -> {
            AppUser user = requireUser(users, username);
            String password = readPassword();
            AppUser changed = UserErrors.naming(
                    Map.of("password", "the new password"), () -> users.setPassword(user.id(), password));
            root().output()
                    .message("set the password of " + changed.username()
                            + "; their sessions end at their next request, their API tokens keep working");
        });
    }

    private String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword(PROMPT);
            char[] again = console.readPassword("Again: ");
            if (typed == null || again == null || !new String(typed).equals(new String(again))) {
                throw new UserException("the two passwords differ; nothing changed");
            }
            return new String(typed);
        }
        root().err().print(PROMPT);
        root().err().flush();
        try {
            String line = root().environment().in().readLine();
            if (line == null) {
                throw new UserException("no password on stdin; nothing changed");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
