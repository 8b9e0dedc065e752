package dev.crmkit.examples.web.chat;

import dev.crmkit.examples.web.guard.ControlCharacters;
import java.util.Optional;

/**
 * What a user's chat message must be, the same in the REST API and on the chat page: not blank, at most
 * {@value #MAX_LENGTH} characters, and free of the control characters the API refuses in all text.
 */
public final class ChatMessages {

    /**
     * Longest user message accepted, in UTF-16 units as both Java and HTML's {@code maxlength} count them; the
     * model's context is the real limit.
     */
    public static final int MAX_LENGTH = 4_000;

    private ChatMessages() {}

    /**
     * @param message the message as the user sent it
     * @return the rule it breaks, worded to follow the field's name ("must be at most 4000 characters"), or empty
     *         when it may be sent
     */
    public static Optional<String> broken(String message) {
        if (message.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (message.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (ControlCharacters.anyIn(message)) {
            return Optional.of("must not contain control characters other than tab, newline and carriage return");
        }
        return Optional.empty();
    }
}
