package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.contact.Contact;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Realistic contacts, derived from a number alone so that every run and every storage sees the
 * same rows: names, a lower-case email, one of {@value #COMPANY_COUNT} companies (contact
 * {@code n} works at company {@code n % 200}, so each company holds 1/200 of the rows, spread
 * evenly over the ids), a phone, a position and, for one contact in ten, a short note.
 *
 * <p>Timestamps are whole microseconds, what the {@code TIMESTAMP(6)} columns hold, so a contact
 * reads back equal to what was written.
 */
final class SampleContacts {

    static final int COMPANY_COUNT = 200;

    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Ben", "Carla", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lars", "Mei",
            "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tove", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe",
            "Amir", "Birgit", "Chen", "Dmitri");

    private static final List<String> LAST_NAMES = List.of(
            "Andersen",
            "Becker",
            "Costa",
            "Dubois",
            "Eriksson",
            "Fischer",
            "García",
            "Hansen",
            "Ivanova",
            "Jensen",
            "Kowalski",
            "Lindqvist",
            "Müller",
            "Nakamura",
            "O'Brien",
            "Petrov",
            "Quintero",
            "Rossi",
            "Schmidt",
            "Tanaka",
            "Usman",
            "Virtanen",
            "Wagner",
            "Xu",
            "Yilmaz",
            "Zhang",
            "Novak",
            "Horvat",
            "Silva",
            "Moreau",
            "Kaya",
            "Lopez",
            "Nowak",
            "Smith",
            "Weber",
            "Young");

    // 20 × 10 names: COMPANY_COUNT distinct companies.
    private static final List<String> COMPANY_STEMS = List.of(
            "Northwind",
            "Bluefin",
            "Copperleaf",
            "Driftwood",
            "Evergreen",
            "Foxglove",
            "Granite",
            "Harborview",
            "Ironbark",
            "Juniper",
            "Kestrel",
            "Lighthouse",
            "Meridian",
            "Nimbus",
            "Orchard",
            "Pinecrest",
            "Quarry",
            "Redwood",
            "Silverline",
            "Tidewater");

    private static final List<String> COMPANY_KINDS = List.of(
            "Logistics",
            "Analytics",
            "Foods",
            "Robotics",
            "Health",
            "Energy",
            "Media",
            "Software",
            "Textiles",
            "Finance");

    private static final List<String> POSITIONS = List.of(
            "Account Executive",
            "Head of Sales",
            "Procurement Manager",
            "CTO",
            "Office Manager",
            "Operations Lead",
            "Marketing Director",
            "Software Engineer",
            "CFO",
            "Founder");

    private static final Instant EPOCH = Instant.parse("2023-01-02T08:00:00Z");

    private SampleContacts() {}

    /** The company of contact {@code n}: company {@code n % 200}. */
    static String company(long n) {
        int index = (int) (n % COMPANY_COUNT);
        return COMPANY_STEMS.get(index % COMPANY_STEMS.size()) + " " + COMPANY_KINDS.get(index / COMPANY_STEMS.size());
    }

    /** Contact {@code n}; its email is unique among all {@code n}. */
    static Contact contact(long n) {
        String first = FIRST_NAMES.get((int) (n % FIRST_NAMES.size()));
        String last = LAST_NAMES.get((int) (n / FIRST_NAMES.size() % LAST_NAMES.size()));
        String company = company(n);
        String email = (ascii(first) + "." + ascii(last) + "." + n + "@" + company.replace(' ', '-') + ".example")
                .toLowerCase(Locale.ROOT);
        String phone = "+49 30 " + fourDigits(n / 10_000) + " " + fourDigits(n);
        String position = POSITIONS.get((int) (n / 7 % POSITIONS.size()));
        @Nullable String notes = n % 10 == 0 ? "Met at the " + company + " booth; follow up about pricing." : null;
        Instant created = EPOCH.plus(n * 61_000_123L, ChronoUnit.MICROS);
        Instant updated = created.plus(n % 5_000_000_000L, ChronoUnit.MICROS);
        return new Contact(0, first, last, email, phone, company, position, notes, created, updated, 0);
    }

    /** Emails stay ASCII, as most real ones do. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }

    private static String fourDigits(long n) {
        String digits = Long.toString(10_000 + n % 10_000);
        return digits.substring(1);
    }
}
