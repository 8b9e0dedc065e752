package dev.crmkit.core.audit;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who makes a change: recorded on every audit entry. The host sets it for a call or a scope with
 * {@link dev.crmkit.core.Crm#as} or {@link dev.crmkit.core.Crm#actingAs}; without one, writes are
 * made by {@link #system()}.
 *
 * @param kind what kind of party acts
 * @param id the party's name within its kind: a user name, a token name, a conversation id, an
 *     import job id, {@code system}; 1 to {@value #ID_MAX} characters; to author writes, no control
 *     characters either ({@link #requireWritable()}: a {@link
 *     dev.crmkit.core.kernel.ValidationException} on {@code actor} or {@code onBehalfOf})
 * @param onBehalfOf the user an agent acts for, or an import runs for; empty for the other kinds
 */
public record Actor(ActorKind kind, String id, Optional<String> onBehalfOf) {

    /** Longest id or user name, in characters. */
    public static final int ID_MAX = 200;

    private static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, "system", Optional.empty());

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param kind what kind of party acts
     * @param id the party's name within its kind
     * @param onBehalfOf the user an agent acts for
     */
    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        requireName("actor", id);
        onBehalfOf.ifPresent(user -> requireName("onBehalfOf", user));
    }

    /** {@return the host itself: the actor of writes made outside any actor scope} */
    public static Actor system() {
        return SYSTEM;
    }

    /**
     * @param userName the signed-in user
     * @return the user as the actor
     */
    public static Actor user(String userName) {
        return new Actor(ActorKind.USER, userName, Optional.empty()).requireWritable();
    }

    /**
     * @param tokenName the name of the API token the caller presented
     * @return the token as the actor
     */
    public static Actor apiToken(String tokenName) {
        return new Actor(ActorKind.API_TOKEN, tokenName, Optional.empty()).requireWritable();
    }

    /**
     * @param userName the user the assistant acts for
     * @param conversationId the conversation it acts in
     * @return the assistant as the actor
     */
    public static Actor agent(String userName, String conversationId) {
        return new Actor(ActorKind.AGENT, conversationId, Optional.of(userName)).requireWritable();
    }

    /**
     * @param jobId the import run
     * @return the import as the actor
     */
    public static Actor importJob(String jobId) {
        return new Actor(ActorKind.IMPORT, jobId, Optional.empty()).requireWritable();
    }

    /**
     * @param jobId the import run
     * @param userName the user who started it
     * @return the import, run for that user, as the actor
     */
    public static Actor importJob(String jobId, String userName) {
        return new Actor(ActorKind.IMPORT, jobId, Optional.of(userName)).requireWritable();
    }

    /**
     * Rebuilds an actor from its stored columns.
     *
     * @param kind the kind's name
     * @param id the id
     * @param onBehalfOf the user an agent acted for, or null
     * @return the actor
     */
    public static Actor of(String kind, String id, @Nullable String onBehalfOf) {
        return new Actor(ActorKind.valueOf(kind), id, Optional.ofNullable(onBehalfOf));
    }

    /**
     * {@return a short description for people: {@code user ada}, {@code agent for ada (conversation c-1)},
     * {@code import 7 for ada}}
     */
    public String describe() {
        return switch (kind) {
            case USER -> "user " + id;
            case API_TOKEN -> "API token " + id;
            case AGENT -> "agent for " + onBehalfOf.orElse("?") + " (conversation " + id + ")";
            case IMPORT ->
                "import " + id + onBehalfOf.map(user -> " for " + user).orElse("");
            case SYSTEM -> "system";
        };
    }

    /**
     * Checks that this actor may author new writes: its id and user hold no control character and
     * no broken surrogate pair, so every database stores them and an audit page shows them as
     * written. The constructor does not check it, so that {@link #of} rebuilds any stored row;
     * the factories and {@code Crm.as} / {@code Crm.actingAs} do.
     *
     * @return this actor
     * @throws ValidationException (field {@code actor} or {@code onBehalfOf}) when it may not
     */
    public Actor requireWritable() {
        requirePlain("actor", id);
        onBehalfOf.ifPresent(user -> requirePlain("onBehalfOf", user));
        return this;
    }

    private static void requireName(String field, @Nullable String value) {
        if (value == null || value.isBlank() || value.length() > ID_MAX) {
            throw new ValidationException(field, "must be 1 to " + ID_MAX + " characters, not blank");
        }
    }

    private static void requirePlain(String field, String value) {
        if (!FieldErrors.isPlainName(value)) {
            throw new ValidationException(field, FieldErrors.PLAIN_NAME_RULE);
        }
    }
}
