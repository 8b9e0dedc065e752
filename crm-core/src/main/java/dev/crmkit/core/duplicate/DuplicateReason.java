package dev.crmkit.core.duplicate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why records look like duplicates: they share a blocking key ({@link DuplicateKeys}). Each reason
 * has a weight, the chance in percent that two records sharing only this key are one; a group's
 * score combines the weights of every reason its records share.
 */
public enum DuplicateReason {
    /** The same email, ignoring letter case and a {@code +tag} in the local part. */
    SAME_EMAIL(90),
    /** The same phone number: the same last 10 digits, at least 7 of them. */
    SAME_PHONE(60),
    /**
     * Contacts: the same last name and first initial at the same company; companies: the same
     * name ignoring case, punctuation and a trailing legal form ({@code Inc}, {@code GmbH}, ...).
     */
    SIMILAR_NAME(50);

    private final int weight;

    DuplicateReason(int weight) {
        this.weight = weight;
    }

    /** {@return how likely, in percent, two records sharing only this key are one} */
    public int weight() {
        return weight;
    }

    /** {@return the lower-case code the API and the CLI use: {@code same_email}, ...} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return every reason's code, in this order, for a message: {@code same_email, same_phone, similar_name}} */
    public static String codes() {
        return Arrays.stream(values()).map(DuplicateReason::code).collect(Collectors.joining(", "));
    }

    /**
     * {@return the reason with this code, ignoring case}
     *
     * @param code e.g. {@code same_phone}
     */
    public static Optional<DuplicateReason> ofCode(String code) {
        for (DuplicateReason reason : values()) {
            if (reason.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
