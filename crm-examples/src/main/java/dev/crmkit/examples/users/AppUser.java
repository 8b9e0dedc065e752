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

    @Override
    public String toString() {
        // Never print the hash.
        return "AppUser[" + id + ", " + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
