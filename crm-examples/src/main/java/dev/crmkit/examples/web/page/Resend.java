package dev.crmkit.examples.web.page;

import dev.crmkit.examples.FieldNames;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
 * @param action the path the form was posted to, within the application, with its query string if it
 *     had one (whose parameters are then not among the fields: the action sends them again)
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
        Map<String, List<String>> inQuery = queryParameters(request.getQueryString());
        List<Field> fields = new ArrayList<>();
        boolean passwordLeftOut = false;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            List<String> sentInQuery = inQuery.getOrDefault(name, new ArrayList<>());
            for (String value : parameter.getValue()) {
                if (sentInQuery.remove(value)) {
                    continue; // the action's query string sends it again
                }
                if (lower.contains("password")) {
                    passwordLeftOut = true;
                } else if (!name.equals("_csrf") && !lower.contains("token")) {
                    fields.add(new Field(name, value));
                }
            }
        }
        if (request.getQueryString() != null) {
            action += "?" + request.getQueryString();
        }
        return Optional.of(new Resend(action, fields, outcome, passwordLeftOut));
    }

    /**
     * The query string's parameters, decoded as the servlet container decodes them, so that they can
     * be told apart from the body's in the merged parameter map.
     */
    private static Map<String, List<String>> queryParameters(@Nullable String query) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.computeIfAbsent(decoded(name), key -> new ArrayList<>()).add(decoded(value));
        }
        return parameters;
    }

    private static String decoded(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded; // malformed: compared as sent
        }
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
