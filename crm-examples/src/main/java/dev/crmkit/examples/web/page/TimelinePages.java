package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.timeline.TimelinePage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The timeline fragment ({@code templates/activities/timeline.html}) of any record page, and its
 * "log activity" form. A record page includes it with the record's kind and id:
 *
 * <pre>{@code
 * <div th:with="timelineKind='deal', timelineId=${deal.id()}, timelineBack=@{/deals/{id}(id=${deal.id()})}">
 *   <section th:replace="~{activities/timeline :: timeline}"></section>
 * </div>
 * }</pre>
 *
 * <p>The fragment reads its page through this bean ({@code ${@timelines.page(kind, id, cursor)}}).
 * {@code GET /timeline/{kind}/{id}?cursor=} renders the fragment alone (the "older" link), and
 * {@code POST /timeline/{kind}/{id}/activities} logs an activity and returns to {@code back}.
 */
@Controller("timelines")
public record TimelinePages(Crm crm) {

    /** crm-core's names of the activity's fields where the form calls them otherwise, for its errors. */
    private static final Map<String, String> FORM_LABELS =
            Map.of("occurredAt", "when", "duration", "minutes", "body", "details");

    /** Beyond any duration crm-core allows, and far from overflowing a Duration in minutes. */
    private static final long MINUTES_OUT_OF_RANGE = 1_000_000_000L;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * One page of a record's timeline, for the fragment.
     *
     * @param kind contact, deal or company
     * @param id the record's id
     * @param cursor the cursor of the previous page, or {@code null}
     * @return the page
     */
    public TimelinePage page(String kind, long id, @Nullable String cursor) {
        return switch (kind) {
            case "contact" -> crm.timeline().contact(id, blankToNull(cursor), 20);
            case "deal" -> crm.timeline().deal(id, blankToNull(cursor), 20);
            case "company" -> crm.timeline().company(id, blankToNull(cursor), 20);
            default -> throw new NotFoundException("timeline", id);
        };
    }

    /**
     * {@return an entry's instant as the timeline shows it: {@code 2026-03-15 09:30 UTC}}
     *
     * @param at the instant
     */
    public String when(Instant at) {
        return WHEN.format(at);
    }

    /**
     * {@return a stage as people read it: its name in the pipeline, or its key where that pipeline or stage is gone}
     *
     * @param pipelineId the pipeline the stage belongs to
     * @param key the stage's key, as a stage change records it
     */
    public String stage(@Nullable Long pipelineId, String key) {
        return pipelineId == null
                ? key
                : crm.pipelines()
                        .findById(pipelineId)
                        .flatMap(pipeline -> pipeline.stage(key))
                        .map(Stage::name)
                        .orElse(key);
    }

    /** {@return the activity types, for the form's choice} */
    public ActivityType[] types() {
        return ActivityType.values();
    }

    @GetMapping("/timeline/{kind}/{id}")
    String fragment(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        page(kind, id, cursor);
        model.addAttribute("timelineKind", kind);
        model.addAttribute("timelineId", id);
        model.addAttribute("timelineCursor", cursor);
        model.addAttribute("timelineBack", "/timeline/" + kind + "/" + id);
        return "activities/timeline :: timeline";
    }

    /**
     * Logs an activity from a record page's form and returns there: with a notice, or with every error
     * at once and the form filled in again as typed ({@code activityDraft}), nothing written.
     */
    @PostMapping("/timeline/{kind}/{id}/activities")
    String log(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(defaultValue = "note") String type,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String occurredAt,
            @RequestParam(required = false) @Nullable String minutes,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(defaultValue = "/") String back,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Duration duration = minutes(minutes, errors);
        Instant when = utc(occurredAt, errors);
        try {
            NewActivity.Builder activity = NewActivity.builder(ActivityType.fromKey(type), subject)
                    .body(body)
                    .outcome(outcome)
                    .duration(duration)
                    .occurredAt(when);
            switch (kind) {
                case "contact" -> activity.contactId(id);
                case "deal" -> activity.dealId(id);
                case "company" -> activity.companyId(id);
                default -> throw new NotFoundException("timeline", id);
            }
            NewActivity built = activity.build();
            if (errors.isEmpty()) {
                crm.activities().create(built);
                redirect.addFlashAttribute("notice", "Logged “" + subject.strip() + "”.");
                return "redirect:" + LocalAddress.orElse(back, "/");
            }
        } catch (ValidationException e) {
            e.errors().forEach(errors::putIfAbsent);
        }
        redirect.addFlashAttribute(
                "alert",
                errors.entrySet().stream()
                        .map(error -> FORM_LABELS.getOrDefault(error.getKey(), error.getKey()) + " " + error.getValue())
                        .collect(Collectors.joining("; ")));
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("type", type);
        draft.put("subject", subject);
        draft.put("body", Objects.requireNonNullElse(body, ""));
        draft.put("occurredAt", Objects.requireNonNullElse(occurredAt, ""));
        draft.put("minutes", Objects.requireNonNullElse(minutes, ""));
        draft.put("outcome", Objects.requireNonNullElse(outcome, ""));
        redirect.addFlashAttribute("activityDraft", draft);
        return "redirect:" + LocalAddress.orElse(back, "/");
    }

    /**
     * The form's minutes, or null when empty; not a whole number is an error on {@code duration}. A
     * number far out of range stays out of range (crm-core names the bound) without overflowing.
     */
    private static @Nullable Duration minutes(@Nullable String minutes, Map<String, String> errors) {
        if (minutes == null || minutes.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(minutes.strip());
            return Duration.ofMinutes(Math.max(-MINUTES_OUT_OF_RANGE, Math.min(MINUTES_OUT_OF_RANGE, value)));
        } catch (NumberFormatException e) {
            errors.put("duration", "must be a whole number of minutes such as 30");
            return null;
        }
    }

    /** The form's {@code datetime-local} value, read as UTC (what the timeline shows), or null when empty. */
    private static @Nullable Instant utc(@Nullable String local, Map<String, String> errors) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.put("occurredAt", "must be a date and time such as 2026-03-15T09:30");
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
