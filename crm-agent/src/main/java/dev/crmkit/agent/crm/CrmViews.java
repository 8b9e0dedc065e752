package dev.crmkit.agent.crm;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageSummary;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.task.Task;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the tools return: the records as a model needs them, serialised to compact JSON with
 * absent values omitted. Timestamps and versions are left out (a model has no use for them and
 * they cost context); dates are ISO-8601 text; long free text is cut to {@value #TEXT_MAX} characters, and left out of
 * search results entirely.
 */
public final class CrmViews {

    /** Characters of notes and descriptions a single-record result carries. */
    public static final int TEXT_MAX = 1_000;

    private CrmViews() {}

    /** A contact. */
    public record ContactView(
            long id,
            String firstName,
            String lastName,
            String email,
            @Nullable String phone,
            @Nullable String company,
            @Nullable String position,
            @Nullable String notes,
            @Nullable Long companyId,
            @Nullable Map<String, Object> customFields) {

        static ContactView of(Contact contact, boolean withNotes) {
            return new ContactView(
                    contact.id(),
                    contact.firstName(),
                    contact.lastName(),
                    contact.email(),
                    contact.phone(),
                    contact.company(),
                    contact.position(),
                    withNotes ? cut(contact.notes()) : null,
                    contact.companyId(),
                    withNotes ? values(contact.customFields()) : null);
        }
    }

    /** A stage of a pipeline; {@code outcome} is open, won or lost. */
    public record StageView(String key, String name, int probability, String outcome) {

        static StageView of(Stage stage) {
            return new StageView(
                    stage.key(),
                    stage.name(),
                    stage.probability(),
                    stage.outcome().name().toLowerCase(Locale.ROOT));
        }
    }

    /** A pipeline with its stages in order. */
    public record PipelineView(
            long id, String name, @Nullable String description, List<StageView> stages) {

        static PipelineView of(Pipeline pipeline) {
            return new PipelineView(
                    pipeline.id(),
                    pipeline.name(),
                    cut(pipeline.description()),
                    pipeline.stages().stream().map(StageView::of).toList());
        }
    }

    /** A deal; {@code status} is the key of its stage. */
    public record DealView(
            long id,
            String title,
            @Nullable String description,
            BigDecimal amount,
            String currency,
            long pipelineId,
            String status,
            @Nullable Long contactId,
            @Nullable String expectedCloseDate,
            @Nullable String closedAt,
            @Nullable String lostReason,
            @Nullable Long companyId,
            @Nullable Map<String, Object> customFields) {

        static DealView of(Deal deal, boolean withDescription) {
            return new DealView(
                    deal.id(),
                    deal.title(),
                    withDescription ? cut(deal.description()) : null,
                    deal.value().amount(),
                    deal.value().currency().getCurrencyCode(),
                    deal.pipelineId(),
                    deal.status(),
                    deal.contactId(),
                    text(deal.expectedCloseDate()),
                    text(deal.closedAt()),
                    deal.lostReason(),
                    deal.companyId(),
                    withDescription ? values(deal.customFields()) : null);
        }
    }

    /** A task; {@code priority} and {@code status} are their lower-case keys. */
    public record TaskView(
            long id,
            String title,
            @Nullable String description,
            String priority,
            String status,
            @Nullable Long contactId,
            @Nullable Long dealId,
            @Nullable String dueDate,
            @Nullable String completedAt) {

        static TaskView of(Task task, boolean withDescription) {
            return new TaskView(
                    task.id(),
                    task.title(),
                    withDescription ? cut(task.description()) : null,
                    task.priority().key(),
                    task.status().key(),
                    task.contactId(),
                    task.dealId(),
                    text(task.dueDate()),
                    text(task.completedAt()));
        }
    }

    /**
     * One page of search results.
     *
     * @param nextCursor pass it back as {@code cursor} for the next page; absent on the last page
     */
    public record PageView<T>(List<T> items, @Nullable String nextCursor) {

        static <R, T> PageView<T> of(Page<R> page, Function<R, T> view) {
            return new PageView<>(
                    page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
        }
    }

    /** The deals in one stage: how many, their value and the forecast (value × probability), per currency. */
    public record StageSummaryView(
            String stage, int probability, long deals, List<String> value, List<String> forecast) {

        static StageSummaryView of(StageSummary summary) {
            return new StageSummaryView(
                    summary.stage().key(),
                    summary.stage().probability(),
                    summary.dealCount(),
                    amounts(summary.value()),
                    amounts(summary.weightedValue()));
        }
    }

    /** Where a pipeline stands; amounts are strings such as {@code "1250.00 USD"}. */
    public record PipelineSummaryView(
            long pipelineId,
            String pipeline,
            List<StageSummaryView> stages,
            long openDeals,
            List<String> openValue,
            List<String> weightedForecast,
            List<String> wonValue) {

        static PipelineSummaryView of(PipelineSummary summary) {
            return new PipelineSummaryView(
                    summary.pipeline().id(),
                    summary.pipeline().name(),
                    summary.stages().stream().map(StageSummaryView::of).toList(),
                    summary.openDealCount(),
                    amounts(summary.openValue()),
                    amounts(summary.weightedForecast()),
                    amounts(summary.wonValue()));
        }
    }

    /** What a confirmed delete reports: {@code {"deleted": "contact", "id": 7}}. */
    public record Deleted(String deleted, long id) {}

    private static List<String> amounts(List<Money> amounts) {
        return amounts.stream().map(Money::toString).toList();
    }

    /** ISO-8601 text: dates as 2026-03-15, instants as 2026-03-15T09:30:00Z. */
    private static @Nullable String text(@Nullable Object temporal) {
        return temporal == null ? null : temporal.toString();
    }

    /** @return a single-record result's custom field values; null (left out) when it has none */
    static @Nullable Map<String, Object> values(CustomFieldValues values) {
        return values.isEmpty() ? null : values.asMap();
    }

    static @Nullable String cut(@Nullable String text) {
        if (text == null || text.codePointCount(0, text.length()) <= TEXT_MAX) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, TEXT_MAX)) + "…";
    }
}
