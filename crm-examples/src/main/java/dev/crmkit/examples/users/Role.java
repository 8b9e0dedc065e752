package dev.crmkit.examples.users;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user may do. {@link #ADMIN} also manages users; {@link #READONLY} may only read: every write,
 * through the API or a page, is refused with 403. Every role manages its own API tokens.
 */
public enum Role {
    ADMIN,
    USER,
    READONLY;

    /** {@return the role of this name ({@code USER}), if there is one} */
    public static Optional<Role> of(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /** {@return the roles' names, as a form posts them: {@code ADMIN, USER, READONLY}} */
    public static String names() {
        return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }

    /** {@return the role in words, as the pages show it: Admin, User, Read-only} */
    public String label() {
        return switch (this) {
            case ADMIN -> "Admin";
            case USER -> "User";
            case READONLY -> "Read-only";
        };
    }

    /** The Spring Security authority, {@code ROLE_ADMIN} and so on. */
    public String authority() {
        return "ROLE_" + name();
    }
}
