package dev.crmkit.examples.cli;

import dev.crmkit.examples.users.AppUser;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.web.AppSchema;
import java.time.Clock;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A command on the web app's users ({@code crm token}, {@code crm user}), on its database directly
 * and without a login: whoever can open the database is trusted already. Without {@code --db} /
 * {@code CRM_DB} it opens the web app's default H2 file, {@code ~/.crmkit/web}, which the running app
 * holds locked (stop it first), as its user {@code sa} unless {@code --db-user} says otherwise.
 */
abstract class WebUsersCommand extends Subcommand {

    static final String WEB_DATABASE = "web";
    /** The user the web app's default H2 file was created with (application.properties). */
    private static final String WEB_DATABASE_USER = "sa";

    /** Runs {@code action} on the web app's users, its schema migrated first; closes the database. */
    final int withUsers(UsersAction action) {
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

    /** {@return the user of this name} @throws UserException there is none */
    static AppUser requireUser(AppUsers users, String user) {
        return users.findByUsername(user).orElseThrow(() -> new UserException("no user named " + user));
    }

    /** What a command does with the users. */
    @FunctionalInterface
    interface UsersAction {
        /** Works on {@code users}; throws what {@link AppUsers} throws. */
        void run(AppUsers users);
    }
}
