package dev.crmkit.core.company;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one form a company's domain is stored in, so that "https://www.Acme.com/about" and
 * "acme.com." are the same company: lower-cased, without scheme, user, {@code www.}, port, path,
 * query or trailing dot.
 */
public final class CompanyDomain {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern VALID = Pattern.compile(
            "[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    private CompanyDomain() {}

    /**
     * {@return the normalized domain, or {@code null} for a blank one; an invalid domain adds an error}
     *
     * @param errors where an error on {@code field} goes
     * @param field the field the error is reported on
     * @param value what the caller typed: a domain or a web address
     */
    public static @Nullable String normalize(FieldErrors errors, String field, @Nullable String value) {
        String text = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (text == null || text.isEmpty()) {
            return null;
        }
        text = SCHEME.matcher(text).replaceFirst("");
        int end = indexOfAny(text, "/?#");
        text = end < 0 ? text : text.substring(0, end);
        text = text.substring(text.lastIndexOf('@') + 1);
        int port = text.indexOf(':');
        text = port < 0 ? text : text.substring(0, port);
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.startsWith("www.")) {
            text = text.substring(4);
        }
        if (text.codePointCount(0, text.length()) > Company.DOMAIN_MAX
                || !VALID.matcher(text).matches()) {
            errors.add(field, "must be a domain such as example.com");
            return null;
        }
        return text;
    }

    /**
     * {@return the domain in an update: blank clears it}
     *
     * @param errors where an error on {@code field} goes
     * @param field the field the error is reported on
     * @param patch the change to the field
     */
    public static Patch<String> normalize(FieldErrors errors, String field, Patch<String> patch) {
        if (!patch.isPresent()) {
            return patch;
        }
        return Patch.setOrClear(normalize(errors, field, patch.applyTo(null)));
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
