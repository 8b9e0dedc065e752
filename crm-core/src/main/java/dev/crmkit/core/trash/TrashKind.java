package dev.crmkit.core.trash;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of record a delete moves to the trash; {@link #code()} is what the trash table stores. */
public enum TrashKind {
    /** A contact, with its tasks, activities and tags; its deals were detached. */
    CONTACT("contact", "contacts"),
    /** A company, with its activities; its contacts and deals were detached. */
    COMPANY("company", "companies"),
    /** A deal, with its activities, stage history and tags; its tasks were detached. */
    DEAL("deal", "deals"),
    /** A task. */
    TASK("task", "tasks"),
    /** A pipeline with its stages; only an empty pipeline can be deleted. */
    PIPELINE("pipeline", "pipelines");

    private final String code;
    private final String plural;

    TrashKind(String code, String plural) {
        this.code = code;
        this.plural = plural;
    }

    /** {@return the stored code, also the entity name events carry: {@code contact}, {@code deal}, …} */
    public String code() {
        return code;
    }

    /** {@return the plural, as the REST resources are named: {@code contacts}, {@code companies}, …} */
    public String plural() {
        return plural;
    }

    /**
     * {@return the kind with this code or plural, ignoring case and surrounding blanks}
     *
     * @param name a {@link #code()} such as {@code deal} or a {@link #plural()} such as {@code deals}
     */
    public static Optional<TrashKind> of(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(key) || kind.plural.equals(key))
                .findFirst();
    }
}
