package dev.crmkit.examples.users;

import java.time.Instant;

/**
 * A user of the web app.
 *
 * @param username lower case, unique
 * @param passwordHash a {@code DelegatingPasswordEncoder} string such as {@code {bcrypt}$2a$...}
 * @param enabled a disabled user can neither log in nor use API tokens
 */
public record AppUser(long id, String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {

    /**
     * What a logged-in session remembers of its user: it changes when the password or the role does,
     * which ends the sessions signed in before (a digest, so a session never holds the hash).
     *
     * @return a hex SHA-256 of the password hash and the role
     */
    public String sessionStamp() {
        return AppUsers.hash(passwordHash + "\n" + role.name());
    }

    @Override
    public String toString() {
        // Never print the hash.
        return "AppUser[" + id + ", " + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
