package dev.crmkit.examples.web.page;

import dev.crmkit.examples.FieldNames;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What a form post that the database could not take sent, so that its 503 page ({@code
 * templates/error.html}) can offer to send it again and show it for copying: the fields in the order
 * posted, every value of a repeated one. Only a urlencoded POST can be rebuilt from its parameters
 * (an upload cannot), and some fields are never written back into a page: the CSRF token (the page's
 * form gets the session's current one) and any field whose name says it holds a password or a token.
 *
 * @param action the path the form was posted to, within the application
 * @param fields every field kept, one entry per value, in the order posted
 * @param outcome what became of the post, for the user: nothing saved, or maybe saved
 * @param passwordLeftOut whether a password field was posted and left out, so it must be typed again
 */
record Resend(String action, List<Field> fields, String outcome, boolean passwordLeftOut) {

    /** One value of a posted field. */
    record Field(String name, String value) {

        /**
         * {@return the field's name in words, for the list of what was typed: {@code firstName} →
         * "First name", {@code companyId} → "Company", a custom field {@code cf.tier} → "Tier" (its
         * label is in the database, which this page cannot reach)}
         */
        public String label() { // public: the template calls it
            String name = this.name.startsWith(CUSTOM_FIELD) ? this.name.substring(CUSTOM_FIELD.length()) : this.name;
            if (name.endsWith("Id") && name.length() > 2) {
                name = name.substring(0, name.length() - 2);
            }
            String words = FieldNames.snake(name).replace('_', ' ').strip();
            return words.isEmpty() ? this.name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** How a record form names a custom field's input: {@code cf.<key>}. */
    private static final String CUSTOM_FIELD = "cf.";

    Resend {
        fields = List.copyOf(fields);
    }

    /**
     * {@return what {@code request} posted, to send again; empty for anything but a urlencoded POST}
     *
     * @param outcome what became of the post, shown above the "Send again" button
     */
    static Optional<Resend> of(HttpServletRequest request, String outcome) {
        if (!HttpMethod.POST.matches(request.getMethod()) || !urlencoded(request.getContentType())) {
            return Optional.empty();
        }
        String action =
                request.getRequestURI().substring(request.getContextPath().length());
        if (!action.startsWith("/") || action.startsWith("//")) {
            return Optional.empty(); // not a path of this app; never a form to another host
        }
        List<Field> fields = new ArrayList<>();
        boolean passwordLeftOut = false;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("password")) {
                passwordLeftOut = true;
            } else if (!name.equals("_csrf") && !lower.contains("token")) {
                for (String value : parameter.getValue()) {
                    fields.add(new Field(name, value));
                }
            }
        }
        return Optional.of(new Resend(action, fields, outcome, passwordLeftOut));
    }

    /** {@return the fields with a value, for the list of what was typed} */
    public List<Field> typed() { // public: the template calls it
        return fields.stream().filter(field -> !field.value().isBlank()).toList();
    }

    private static boolean urlencoded(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
