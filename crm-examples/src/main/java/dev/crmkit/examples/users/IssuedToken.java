package dev.crmkit.examples.users;

/**
 * A token just created: the only moment its secret is known, to be shown once to its owner.
 *
 * @param secret what a client sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
