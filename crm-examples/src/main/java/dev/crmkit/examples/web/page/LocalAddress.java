package dev.crmkit.examples.web.page;

/**
 * Where a form may send the browser back to ({@code back=/contacts/3}): only an address of this app.
 * A posted {@code back} is the client's text, so a redirect to it must not leave the site: not
 * {@code //evil.example}, and not {@code /\evil.example}, which browsers read as the same.
 */
final class LocalAddress {

    private LocalAddress() {}

    /**
     * {@return {@code back} when it is a path of this app, otherwise {@code fallback}}
     *
     * @param back the address a form posted
     * @param fallback the page to go to instead
     */
    static String orElse(String back, String fallback) {
        boolean local = back.startsWith("/")
                && !back.startsWith("//")
                && back.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c));
        return local ? back : fallback;
    }
}
