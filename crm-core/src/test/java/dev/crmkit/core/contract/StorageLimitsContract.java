package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.StorageLimits;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskUpdate;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Values no database holds are refused with a field error, the same on every database, instead
 * of reaching one (a storage error, or worse: PostgreSQL keeps a date before 4713 BC as {@code
 * -infinity} and lets {@code 1e131072} match every amount). The limits themselves are stored and
 * read back exactly, and filter and page correctly.
 */
public abstract class StorageLimitsContract extends ContractTest {

    private static final List<LocalDate> UNSTORABLE_DATES = List.of(
            LocalDate.of(0, 12, 31),
            LocalDate.of(-4713, 11, 24),
            LocalDate.of(-4714, 11, 24),
            LocalDate.of(10000, 1, 1),
            LocalDate.of(5874898, 1, 1),
            LocalDate.MIN,
            LocalDate.MAX);

    private static final List<String> UNSTORABLE_AMOUNTS = List.of(
            "1e131072",
            "-1e131072",
            "1e-999999999",
            "1e15",
            "1000000000000000",
            "0.00001",
            "-1e15",
            "9999999999999999.9999",
            "0.99999",
            "1e2147483647",
            "1e-2147483647");

    @Test
    void should_refuse_a_task_due_date_outside_the_storable_days_on_create_and_update() {
        Task task = crm().tasks().create(aTask().build());

        for (LocalDate date : UNSTORABLE_DATES) {
            assertInvalid(
                    "dueDate",
                    StorageLimits.DATE_RULE,
                    () -> crm().tasks().create(aTask().dueDate(date).build()));
            assertInvalid(
                    "dueDate",
                    StorageLimits.DATE_RULE,
                    () -> crm().tasks()
                            .update(
                                    task.id(),
                                    TaskUpdate.builder().dueDate(date).build()));
        }
        assertThat(crm().tasks().find(TaskQuery.all().withTotal()).total()).hasValue(1);
        assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
    }

    @Test
    void should_refuse_a_deal_expected_close_date_outside_the_storable_days_on_create_and_update() {
        long pipelineId = givenPipeline().id();
        Deal deal = crm().deals().create(aDeal(pipelineId).build());

        for (LocalDate date : UNSTORABLE_DATES) {
            assertInvalid(
                    "expectedCloseDate",
                    StorageLimits.DATE_RULE,
                    () -> crm().deals()
                            .create(aDeal(pipelineId).expectedCloseDate(date).build()));
            assertInvalid(
                    "expectedCloseDate",
                    StorageLimits.DATE_RULE,
                    () -> crm().deals()
                            .update(
                                    deal.id(),
                                    DealUpdate.builder().expectedCloseDate(date).build()));
        }
        assertThat(crm().deals().find(DealQuery.all().withTotal()).total()).hasValue(1);
        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
    }

    @Test
    void should_store_and_read_back_the_first_and_last_storable_days() {
        long pipelineId = givenPipeline().id();

        for (LocalDate date : List.of(StorageLimits.MIN_DATE, StorageLimits.MAX_DATE)) {
            Task task = crm().tasks().create(aTask().dueDate(date).build());
            Deal deal = crm().deals()
                    .create(aDeal(pipelineId).expectedCloseDate(date).build());

            assertThat(crm().tasks().getById(task.id()).dueDate()).isEqualTo(date);
            assertThat(crm().deals().getById(deal.id()).expectedCloseDate()).isEqualTo(date);
        }
    }

    @Test
    void should_refuse_due_date_filters_outside_the_storable_days() {
        for (LocalDate date : UNSTORABLE_DATES) {
            assertInvalid(
                    "dueBefore",
                    StorageLimits.DATE_RULE,
                    () -> crm().tasks().find(TaskQuery.all().dueBetween(null, date)));
            assertInvalid(
                    "dueAfter",
                    StorageLimits.DATE_RULE,
                    () -> crm().tasks().find(TaskQuery.all().dueBetween(date, null)));
        }
    }

    @Test
    void should_filter_by_the_first_and_last_storable_days() {
        Task first =
                crm().tasks().create(aTask().dueDate(StorageLimits.MIN_DATE).build());
        Task last = crm().tasks().create(aTask().dueDate(StorageLimits.MAX_DATE).build());
        Task between =
                crm().tasks().create(aTask().dueDate(LocalDate.of(2026, 3, 2)).build());

        assertThat(crm().tasks()
                        .find(TaskQuery.all().dueBetween(StorageLimits.MIN_DATE, StorageLimits.MAX_DATE))
                        .items())
                .containsExactly(between);
        assertThat(crm().tasks()
                        .find(TaskQuery.all().dueBetween(null, StorageLimits.MAX_DATE))
                        .items())
                .containsExactly(first, between);
        assertThat(crm().tasks()
                        .find(TaskQuery.all().dueBetween(StorageLimits.MIN_DATE, null))
                        .items())
                .containsExactly(last, between);
    }

    @Test
    void should_refuse_amount_filters_that_numeric_19_4_cannot_hold() {
        Deal deal =
                crm().deals().create(aDeal(givenPipeline().id()).amount("10.00").build());

        for (String amount : UNSTORABLE_AMOUNTS) {
            BigDecimal value = new BigDecimal(amount);
            assertInvalid(
                    "minAmount",
                    StorageLimits.AMOUNT_RULE,
                    () -> crm().deals().find(DealQuery.all().withAmountBetween(value, null)));
            assertInvalid(
                    "maxAmount",
                    StorageLimits.AMOUNT_RULE,
                    () -> crm().deals().find(DealQuery.all().withAmountBetween(null, value)));
        }
        assertThat(crm().deals()
                        .find(DealQuery.all().withAmountBetween(new BigDecimal("10.0001"), null))
                        .items())
                .isEmpty();
        assertThat(crm().deals()
                        .find(DealQuery.all().withAmountBetween(null, new BigDecimal("10.0000")))
                        .items())
                .containsExactly(deal);
    }

    @Test
    void should_store_and_filter_the_largest_amount_numeric_19_4_holds() {
        long pipelineId = givenPipeline().id();
        Deal largest = crm().deals()
                .create(aDeal(pipelineId)
                        .amount(StorageLimits.MAX_AMOUNT)
                        .currency("CLF")
                        .build());
        Deal small = crm().deals().create(aDeal(pipelineId).amount("1.00").build());

        assertThat(crm().deals().getById(largest.id()).value().amount()).isEqualByComparingTo(StorageLimits.MAX_AMOUNT);
        assertThat(crm().deals()
                        .find(DealQuery.all().withAmountBetween(StorageLimits.MAX_AMOUNT, null))
                        .items())
                .containsExactly(largest);
        assertThat(crm().deals()
                        .find(DealQuery.all()
                                .withAmountBetween(StorageLimits.MAX_AMOUNT.negate(), StorageLimits.MAX_AMOUNT))
                        .items())
                .containsExactly(largest, small);
    }

    @Test
    void should_refuse_deal_amounts_that_numeric_19_4_cannot_hold() {
        long pipelineId = givenPipeline().id();

        for (String amount : List.of("1e131072", "1e15", "1000000000000000", "1e2147483647")) {
            assertInvalid(
                    "amount",
                    null,
                    () -> crm().deals().create(aDeal(pipelineId).amount(amount).build()));
        }
        assertInvalid(
                "amount",
                null,
                () -> crm().deals()
                        .create(aDeal(pipelineId).amount("1e-999999999").build()));
        assertThat(crm().deals().find(DealQuery.all().withTotal()).total()).hasValue(0);
    }

    @Test
    void should_refuse_a_cursor_carrying_an_amount_numeric_19_4_cannot_hold() {
        crm().deals().create(aDeal(givenPipeline().id()).amount("5.00").build());

        for (String amount : UNSTORABLE_AMOUNTS) {
            String cursor = forgedCursor(DealSort.AMOUNT.key(), amount);
            assertInvalid(
                    "cursor",
                    "outside what the database holds",
                    () -> crm().deals()
                            .find(DealQuery.all()
                                    .sortedBy(DealSort.AMOUNT, SortDirection.ASC)
                                    .after(cursor)));
        }
    }

    @Test
    void should_refuse_a_cursor_carrying_a_date_outside_the_storable_days() {
        for (LocalDate date : UNSTORABLE_DATES) {
            String taskCursor = forgedCursor(TaskSort.DUE_DATE.key(), date.toString());
            String dealCursor = forgedCursor(DealSort.EXPECTED_CLOSE_DATE.key(), date.toString());

            assertInvalid(
                    "cursor",
                    "outside what the database holds",
                    () -> crm().tasks()
                            .find(TaskQuery.all()
                                    .sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
                                    .after(taskCursor)));
            assertInvalid(
                    "cursor",
                    "outside what the database holds",
                    () -> crm().deals()
                            .find(DealQuery.all()
                                    .sortedBy(DealSort.EXPECTED_CLOSE_DATE, SortDirection.ASC)
                                    .after(dealCursor)));
        }
    }

    @Test
    void should_refuse_a_cursor_carrying_a_timestamp_outside_the_storable_days() {
        for (String instant : List.of(
                "-4714-11-24T00:00:00Z",
                "0000-12-31T23:59:59.999999Z",
                "+10000-01-01T00:00:00Z",
                "-1000000000-01-01T00:00:00Z")) {
            String cursor = forgedCursor(TaskSort.CREATED_AT.key(), instant);

            assertInvalid(
                    "cursor",
                    "outside what the database holds",
                    () -> crm().tasks()
                            .find(TaskQuery.all()
                                    .sortedBy(TaskSort.CREATED_AT, SortDirection.ASC)
                                    .after(cursor)));
        }
    }

    @Test
    void should_page_from_cursors_at_the_storable_limits() {
        Task due =
                crm().tasks().create(aTask().dueDate(LocalDate.of(2026, 3, 2)).build());
        Deal deal =
                crm().deals().create(aDeal(givenPipeline().id()).amount("5.00").build());

        assertThat(crm().tasks()
                        .find(TaskQuery.all()
                                .sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
                                .after(forgedCursor(TaskSort.DUE_DATE.key(), StorageLimits.MIN_DATE.toString())))
                        .items())
                .containsExactly(due);
        assertThat(crm().tasks()
                        .find(TaskQuery.all()
                                .sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
                                .after(forgedCursor(TaskSort.DUE_DATE.key(), StorageLimits.MAX_DATE.toString())))
                        .items())
                .isEmpty();
        assertThat(crm().tasks()
                        .find(TaskQuery.all()
                                .sortedBy(TaskSort.CREATED_AT, SortDirection.ASC)
                                .after(forgedCursor(TaskSort.CREATED_AT.key(), StorageLimits.MIN_INSTANT.toString())))
                        .items())
                .containsExactly(due);
        assertThat(crm().tasks()
                        .find(TaskQuery.all()
                                .sortedBy(TaskSort.CREATED_AT, SortDirection.ASC)
                                .after(forgedCursor(TaskSort.CREATED_AT.key(), StorageLimits.MAX_INSTANT.toString())))
                        .items())
                .isEmpty();
        assertThat(crm().deals()
                        .find(DealQuery.all()
                                .sortedBy(DealSort.AMOUNT, SortDirection.ASC)
                                .after(forgedCursor(
                                        DealSort.AMOUNT.key(),
                                        StorageLimits.MAX_AMOUNT.negate().toPlainString())))
                        .items())
                .containsExactly(deal);
        assertThat(crm().deals()
                        .find(DealQuery.all()
                                .sortedBy(DealSort.AMOUNT, SortDirection.ASC)
                                .after(forgedCursor(DealSort.AMOUNT.key(), StorageLimits.MAX_AMOUNT.toPlainString())))
                        .items())
                .isEmpty();
    }

    /**
     * A cursor as a hostile client would forge one: the documented-nowhere but guessable format
     * (version, sort key, direction, value, id) for an ascending sort, after id 1.
     */
    private static String forgedCursor(String sortKey, String value) {
        String plain = String.join("\0", "c1", sortKey, SortDirection.ASC.name(), "V" + value, "1");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Expects a ValidationException on exactly {@code field}, whose message contains {@code rule} when given. */
    private static void assertInvalid(String field, @Nullable String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).containsOnlyKeys(field);
            if (rule != null) {
                assertThat(e.errors().get(field)).contains(rule);
            }
        });
    }
}
