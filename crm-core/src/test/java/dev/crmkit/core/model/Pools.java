package dev.crmkit.core.model;

import dev.crmkit.core.model.PipelineOps.StageSpec;
import dev.crmkit.core.pipeline.StageOutcome;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The values the generator draws from. Small pools, so that values repeat: equal sort values
 * (which the id must order), duplicate emails in any case, filters that match several rows.
 *
 * <p>Text avoids the one range the databases order differently from Java's {@code
 * String.compareTo}: U+E000..U+FFFF (H2 compares UTF-16 units, putting them after characters above
 * U+FFFF). Everything else goes: accents, CJK, a character above U+FFFF, a tab (which MariaDB's
 * padding collations would sort before the end of a string; the schema uses a NO PAD one), LIKE's
 * {@code %}, {@code _} and escape {@code !}, case differences and surrounding blanks (stripped).
 */
final class Pools {

    private Pools() {}

    static final List<String> FIRST_NAMES =
            List.of("Ada", "Grace", "Alan", "Edsger", "Barbara", "Zoë", "Łukasz", "  Linus ", "ada", " ");
    static final List<String> LAST_NAMES = List.of(
            "Lovelace",
            "Hopper",
            "Turing",
            "Dijkstra",
            "Liskov",
            "hopper",
            "Hopper-Smith",
            "Øre",
            "张伟",
            "O'Neil",
            "van Rossum",
            "Émile",
            "😀Smile",
            "Hopper Smith",
            "Hopper\tSmith",
            "  ");
    static final List<String> INVALID_EMAILS = List.of("not-an-email", "a@b", "x y@z.org", " ");
    static final List<String> PHONES = Arrays.asList(null, "+1 555 0100", "  ", "0800 123");
    static final List<String> COMPANIES = Arrays.asList(
            null,
            "Acme",
            "Acme Labs",
            "acme",
            "100% Juice",
            "Under_score Ltd",
            "Bang!",
            "Zürich AG",
            "北京",
            "  ",
            " Acme ");
    static final List<String> SEARCHES = List.of(
            "a",
            "ADA",
            "hop",
            "acme",
            "%",
            "_",
            "!",
            "100%",
            "example.com",
            "zz",
            "ø",
            "张",
            "ada love",
            " ",
            "😀",
            "r s");

    static final List<String> PIPELINE_NAMES = List.of("Sales", "Hiring", "sales", "Renewals", "Ünder", " Sales ", "");
    static final List<StageSpec> STAGES = List.of(
            new StageSpec("lead", "Lead", 10, StageOutcome.OPEN),
            new StageSpec("qualified", "Qualified", 25, StageOutcome.OPEN),
            new StageSpec("demo", "Demo", 40, StageOutcome.OPEN),
            new StageSpec("proposal", "Proposal", 50, StageOutcome.OPEN),
            new StageSpec("won", "Won", 100, StageOutcome.WON),
            new StageSpec("lost", "Lost", 0, StageOutcome.LOST),
            new StageSpec("hired", "Hired", 100, StageOutcome.WON),
            new StageSpec("rejected", "Rejected", 0, StageOutcome.LOST));

    static final List<String> DEAL_TITLES =
            List.of("Website", "Renewal", "website", "Big deal", "Big\tdeal", "Big", "Ärger", "Zebra", "合同", " ");
    /** Amounts valid for some currencies only, and amounts no command accepts. */
    static final List<String> AMOUNTS = List.of(
            "0",
            "10",
            "10.00",
            "10.5",
            "999.99",
            "1000",
            "250000",
            "12345678901.23",
            "0.001",
            "10.001",
            "-5",
            "1.23456",
            "1234567890123456");

    static final List<String> AMOUNTS_FOR_ALL = List.of("0", "10", "10.00", "1000", "250000", "12345678901");
    static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "KWD", "eur", "EURO");
    static final List<String> MIN_AMOUNTS = List.of("0", "10", "500");
    static final List<String> MAX_AMOUNTS = List.of("10", "1000", "100000");

    static final List<String> TASK_TITLES = List.of("Call", "Email", "call", "Meet", "Ñandú", "Zap", " ");

    static final List<Duration> TICKS = List.of(
            Duration.ofNanos(1_500),
            Duration.ofSeconds(1),
            Duration.ofMinutes(7),
            Duration.ofHours(3),
            Duration.ofDays(1),
            Duration.ofDays(2).plusNanos(3_000));
}
