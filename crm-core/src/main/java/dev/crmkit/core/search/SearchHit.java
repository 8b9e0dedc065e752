package dev.crmkit.core.search;

import dev.crmkit.core.kernel.Money;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record a search found.
 *
 * @param kind what kind of record
 * @param id the record's id
 * @param title how the record reads in a list: a contact's "First Last", a deal's title, a company's name
 * @param subtitle a second line: a contact's email and company, a deal's value and stage, a company's
 *     domain (empty without one)
 * @param score how well it matched: {@link #EXACT}, {@link #PREFIX}, {@link #WORD_PREFIX} or {@link #CONTAINS}
 */
public record SearchHit(SearchKind kind, long id, String title, String subtitle, int score) {

    /** The text is a contact's email or a company's domain, exactly (ignoring case). */
    public static final int EXACT = 400;
    /** The name (contact: "first last") or title starts with the text. */
    public static final int PREFIX = 300;
    /** A later word of what is searched (name, email, company, title, domain) starts with the text. */
    public static final int WORD_PREFIX = 200;
    /** What is searched contains the text somewhere. */
    public static final int CONTAINS = 100;

    /** Best first: higher score, then title ignoring case, then kind, then id. */
    public static final Comparator<SearchHit> RANKING = Comparator.comparingInt(SearchHit::score)
            .reversed()
            .thenComparing(hit -> hit.title().toLowerCase(Locale.ROOT))
            .thenComparing(SearchHit::kind)
            .thenComparingLong(SearchHit::id);

    /**
     * Checks the fields.
     *
     * @param kind what kind of record
     * @param id the record's id
     * @param title how the record reads in a list
     * @param subtitle a second line
     * @param score how well it matched
     */
    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
    }

    /**
     * {@return a contact's hit: titled "First Last", subtitled with the email and company}
     *
     * @param id the contact's id
     * @param firstName its first name
     * @param lastName its last name
     * @param email its email
     * @param company its company, if any
     * @param score how well it matched
     */
    public static SearchHit contact(
            long id, String firstName, String lastName, String email, @Nullable String company, int score) {
        String subtitle = company == null ? email : email + " · " + company;
        return new SearchHit(SearchKind.CONTACT, id, firstName + " " + lastName, subtitle, score);
    }

    /**
     * {@return a deal's hit: titled with its title, subtitled with its value and stage}
     *
     * @param id the deal's id
     * @param title its title
     * @param value its value
     * @param status the key of its stage
     * @param score how well it matched
     */
    public static SearchHit deal(long id, String title, Money value, String status, int score) {
        return new SearchHit(SearchKind.DEAL, id, title, value + " · " + status, score);
    }

    /**
     * {@return a company's hit: titled with its name, subtitled with its domain (empty without one)}
     *
     * @param id the company's id
     * @param name its name
     * @param domain its domain, if any
     * @param score how well it matched
     */
    public static SearchHit company(long id, String name, @Nullable String domain, int score) {
        return new SearchHit(SearchKind.COMPANY, id, name, domain == null ? "" : domain, score);
    }
}
