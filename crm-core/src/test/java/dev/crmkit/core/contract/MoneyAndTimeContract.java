package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values come back exactly as written: money to the last decimal of its currency up to the
 * schema's largest amount, instants to the microsecond whatever the JVM's time zone (the build
 * runs in Pacific/Chatham, +12:45/+13:45, so a value stored as local time fails here), and dates
 * to the day.
 */
public abstract class MoneyAndTimeContract extends ContractTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "12345678901.23 USD",
                "0.01 USD",
                "1234567 JPY",
                "0 JPY",
                "1.234 KWD",
                "0.001 KWD",
                "0.0001 CLF",
                "999999999999999.99 USD",
                "999999999999999 JPY",
                "99999999999999.999 KWD"
            })
    void should_round_trip_money_exactly(String text) {
        String[] parts = text.split(" ");
        Money value = Money.of(parts[0], parts[1]);
        Pipeline pipeline = givenPipeline();

        Deal deal = crm().deals().create(aDeal(pipeline.id()).value(value).build());

        assertThat(deal.value()).isEqualTo(value);
        assertThat(crm().deals().getById(deal.id()).value()).isEqualTo(value);
        assertThat(crm().deals().find(DealQuery.all().withCurrency(parts[1])).items())
                .extracting(Deal::value)
                .containsExactly(value);
        assertThat(crm().deals()
                        .find(DealQuery.all().withAmountBetween(value.amount(), value.amount()))
                        .items())
                .extracting(Deal::id)
                .containsExactly(deal.id());
    }

    @Test
    void should_refuse_amounts_beyond_what_the_schema_stores() {
        Pipeline pipeline = givenPipeline();

        assertThatThrownBy(() -> crm().deals()
                        .create(aDeal(pipeline.id())
                                .amount("1000000000000000.00")
                                .build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("amount"));
        assertThatThrownBy(() -> crm().deals()
                        .create(aDeal(pipeline.id())
                                .amount("1.5")
                                .currency("JPY")
                                .build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("amount"));
    }

    @Test
    void should_sort_and_page_amounts_numerically() {
        Pipeline pipeline = givenPipeline();
        for (String amount : List.of("100.00", "9.99", "1000", "99.5", "0.01")) {
            crm().deals()
                    .create(aDeal(pipeline.id()).amount(amount).currency("USD").build());
        }

        List<Deal> sorted = crm().deals()
                .find(DealQuery.all().sortedBy(DealSort.AMOUNT, SortDirection.DESC))
                .items();

        assertThat(sorted)
                .extracting(deal -> deal.value().amount().toPlainString())
                .containsExactly("1000.00", "100.00", "99.50", "9.99", "0.01");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "2026-03-02T09:00:00.123456Z",
                "1970-01-01T00:00:00.000001Z",
                "1969-12-31T23:59:59.999999Z",
                "2038-01-19T03:14:08.000001Z",
                // Chatham leaves daylight saving time: local 02:45-03:45 happens twice, an hour apart.
                "2026-04-04T13:50:00.000001Z",
                "2026-04-04T14:50:00.000001Z",
                // Chatham enters daylight saving time: local 02:45-03:45 does not exist.
                "2026-09-26T14:15:00.999999Z",
                "2099-12-31T23:59:59.999999Z"
            })
    void should_round_trip_instants_to_the_microsecond(String text) {
        Instant instant = Instant.parse(text);
        clock().set(instant);

        Contact contact = givenContact();
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).status("won").build());
        Task task = crm().tasks().create(aTask().status(TaskStatus.COMPLETED).build());

        assertThat(crm().contacts().getById(contact.id()).createdAt()).isEqualTo(instant);
        assertThat(crm().contacts().getById(contact.id()).updatedAt()).isEqualTo(instant);
        assertThat(crm().pipelines().getById(pipeline.id()).createdAt()).isEqualTo(instant);
        assertThat(crm().deals().getById(deal.id()).closedAt()).isEqualTo(instant);
        assertThat(crm().tasks().getById(task.id()).completedAt()).isEqualTo(instant);
        assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-03-02", "2026-09-27", "2026-04-05", "2024-02-29", "1900-01-01", "9999-12-30"})
    void should_round_trip_dates_to_the_day(String text) {
        LocalDate date = LocalDate.parse(text);
        Pipeline pipeline = givenPipeline();

        Deal deal = crm().deals()
                .create(aDeal(pipeline.id()).expectedCloseDate(date).build());
        Task task = crm().tasks().create(aTask().dueDate(date).build());

        assertThat(crm().deals().getById(deal.id()).expectedCloseDate()).isEqualTo(date);
        assertThat(crm().tasks().getById(task.id()).dueDate()).isEqualTo(date);
        assertThat(crm().tasks()
                        .find(TaskQuery.all().dueBetween(date.minusDays(1), date.plusDays(1)))
                        .items())
                .containsExactly(task);
    }
}
