package dev.crmkit.examples.users;

/**
 * What a user may do. {@link #ADMIN} also manages users; {@link #READONLY} may only read: every write,
 * through the API or a page, is refused with 403. Every role manages its own API tokens.
 */
public enum Role {
    ADMIN,
    USER,
    READONLY;

    /** The Spring Security authority, {@code ROLE_ADMIN} and so on. */
    public String authority() {
        return "ROLE_" + name();
    }
}
