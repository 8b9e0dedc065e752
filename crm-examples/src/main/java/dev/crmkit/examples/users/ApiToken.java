package dev.crmkit.examples.users;

import java.time.Instant;

/**
 * An API token as stored: never the token itself, only its name and first characters to tell it
 * apart.
 *
 * @param prefix the token's first characters, e.g. {@code crm_Ab12Cd3}
 */
public record ApiToken(long id, String username, String name, String prefix, Instant createdAt) {}
