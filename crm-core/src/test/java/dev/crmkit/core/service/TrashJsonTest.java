package dev.crmkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.trash.TrashKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The trash snapshot's JSON: records read back equal, whatever their text holds. */
class TrashJsonTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00.123456Z");

    @Test
    void should_read_back_a_contact_whose_text_holds_quotes_escapes_controls_and_astral_characters() {
        Contact contact = new Contact(
                7,
                "Zoë \"Z\"",
                "Ō'Brien\\",
                "zoe@example.com",
                null,
                "Ünïcode 😀 Ltd",
                "line\none\ttab",
                "ctrl \u0001 \u001f end",
                AT,
                AT.plusSeconds(1),
                3,
                11L);
        TrashSnapshot snapshot = new TrashSnapshot(TrashKind.CONTACT, contact);
        snapshot.detachedDeals.add(5L);
        snapshot.tagIds.add(Long.MAX_VALUE);

        TrashSnapshot read = TrashSnapshot.of(TrashKind.CONTACT, snapshot.toJson());

        assertThat(read.record).isEqualTo(contact);
        assertThat(read.detachedDeals).containsExactly(5L);
        assertThat(read.tagIds).containsExactly(Long.MAX_VALUE);
        assertThat(read.label()).isEqualTo("Zoë \"Z\" Ō'Brien\\ <zoe@example.com>");
    }

    @Test
    void should_read_back_money_dates_durations_and_enums_exactly() {
        Deal deal = new Deal(
                9,
                "Engines",
                null,
                new Money(new BigDecimal("1234.50"), Currency.getInstance("EUR")),
                2,
                "won",
                null,
                LocalDate.of(2026, 4, 1),
                AT,
                null,
                AT,
                AT,
                4,
                null);
        Activity call = new Activity(
                3, ActivityType.CALL, "Call", null, AT, Duration.ofMinutes(90), "ok", "me", null, null, 9L, AT, AT, 0);
        TrashSnapshot snapshot = new TrashSnapshot(TrashKind.DEAL, deal);
        snapshot.activities.add(call);

        TrashSnapshot read = TrashSnapshot.of(TrashKind.DEAL, snapshot.toJson());

        assertThat(read.record).isEqualTo(deal);
        assertThat(((Deal) read.record).value().amount()).hasToString("1234.50");
        assertThat(read.activities).containsExactly(call);
    }

    @Test
    void should_refuse_text_that_is_not_a_snapshot() {
        assertThatThrownBy(() -> TrashSnapshot.of(TrashKind.CONTACT, "[1, 2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrashSnapshot.of(TrashKind.CONTACT, "{\"record\": {\"id\": 1}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TrashJson.parse(" {\"a\": [true, false, null, -1.5e3, \"\\u00e9\"]} "))
                .hasToString("{a=[true, false, null, -1.5E+3, é]}");
    }
}
