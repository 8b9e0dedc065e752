package dev.crmkit.core.duplicate;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The blocking keys, as the schema computes them in generated columns ({@code V10__duplicates.sql}):
 * records sharing a key are candidates, so that finding them is a {@code GROUP BY} over an index
 * rather than a comparison of every pair. The in-memory storage computes them here; the SQL
 * storages read the columns. Letters are lower-cased as the database does: PostgreSQL's {@code
 * "C"} collation folds ASCII letters only, so names that differ in the case of other letters
 * block together on H2 and MariaDB but not on PostgreSQL.
 */
public final class DuplicateKeys {

    /** Fewer digits than this are not a phone number worth comparing. */
    public static final int PHONE_DIGITS_MIN = 7;

    /** The trailing digits compared: a country or trunk prefix before them does not matter. */
    public static final int PHONE_DIGITS_KEPT = 10;

    private static final String LEGAL_FORM = "(inc|ltd|llc|gmbh|corp|corporation|limited|plc|company)$";

    private DuplicateKeys() {}

    /**
     * {@return the email lower-cased, without a {@code +tag} in its local part}
     *
     * @param email the email
     */
    public static String email(String email) {
        return email.replaceFirst("[+][^@]*@", "@").toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the last {@value #PHONE_DIGITS_KEPT} digits of the phone, or null when it has fewer than {@value #PHONE_DIGITS_MIN}}
     *
     * @param phone the phone as entered, or null
     */
    public static @Nullable String phone(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < PHONE_DIGITS_MIN
                ? null
                : digits.substring(Math.max(0, digits.length() - PHONE_DIGITS_KEPT));
    }

    /**
     * {@return {@code companyId:lastname:initial}, or null for a contact linked to no company}
     *
     * @param companyId the contact's company
     * @param firstName the contact's first name
     * @param lastName the contact's last name
     */
    public static @Nullable String contactName(@Nullable Long companyId, String firstName, String lastName) {
        if (companyId == null) {
            return null;
        }
        String initial = firstName.isEmpty() ? "" : firstName.substring(0, firstName.offsetByCodePoints(0, 1));
        return companyId + ":" + lastName.toLowerCase(Locale.ROOT) + ":" + initial.toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the name lower-cased, ASCII letters and digits only, without a trailing legal form; null when nothing is left}
     *
     * @param name the company's name
     */
    public static @Nullable String companyName(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").replaceFirst(LEGAL_FORM, "");
        return key.isEmpty() ? null : key;
    }
}
