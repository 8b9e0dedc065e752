package dev.crmkit.core.model;

import static dev.crmkit.core.model.ModelState.optional;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.model.ModelState.Errors;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.task.Task;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reference model's deals. Rules: the status is a stage of the deal's pipeline (the first
 * OPEN one by default, the oldest pipeline by default); a linked contact exists; the amount fits
 * the currency (USD by default); a lost reason only in a LOST stage, dropped on leaving it;
 * closedAt set on entering a WON/LOST stage, kept while staying, cleared on leaving; deleting a
 * deal detaches its tasks; a find by a status that is the stage key of no pipeline is refused.
 */
final class ModelDeals {

    private final ModelState state;
    private final ModelContacts contacts;

    ModelDeals(ModelState state, ModelContacts contacts) {
        this.state = state;
        this.contacts = contacts;
    }

    Deal create(DealOps.Create op) {
        Errors command = new Errors();
        String title = command.required("title", op.title());
        BigDecimal amount = command.amount("amount", op.amount() == null ? BigDecimal.ZERO : op.amount());
        String currency = command.currency("currency", op.currency());
        String status = op.status() == null
                ? null
                : command.required("status", op.status().toLowerCase(Locale.ROOT));
        String lostReason = optional(op.lostReason());
        command.throwIfAny();

        Errors rules = new Errors();
        Pipeline pipeline = op.pipelineId() == 0
                ? state.pipelines.values().stream().findFirst().orElse(null)
                : state.pipelines.get(op.pipelineId());
        if (pipeline == null) {
            rules.add("pipelineId");
        }
        Stage stage = pipeline == null ? null : stage(pipeline, status == null ? entryKey(pipeline) : status);
        if (pipeline != null && stage == null) {
            rules.add("status");
        }
        if (op.contactId() != 0 && !contacts.exists(op.contactId())) {
            rules.add("contactId");
        }
        String code = currency == null ? "USD" : currency;
        if (!fits(Objects.requireNonNull(amount), code)) {
            rules.add("amount");
        }
        if (stage != null && stage.outcome() != StageOutcome.LOST && lostReason != null) {
            rules.add("lostReason");
        }
        rules.throwIfAny();
        Stage entered = Objects.requireNonNull(stage);
        Instant now = state.now();
        Deal created = new Deal(
                state.nextDealId(),
                Objects.requireNonNull(title),
                null,
                Money.of(amount, code),
                Objects.requireNonNull(pipeline).id(),
                entered.key(),
                op.contactId() == 0 ? null : op.contactId(),
                op.expectedCloseDate(),
                entered.outcome() == StageOutcome.OPEN ? null : now,
                lostReason,
                now,
                now,
                0);
        state.deals.put(created.id(), created);
        return created;
    }

    Deal update(DealOps.Update op) {
        Errors command = new Errors();
        Patch<String> title = command.required("title", op.title());
        if (op.amount() instanceof Patch.Clear) {
            command.add("amount");
        } else if (op.amount() instanceof Patch.Set<BigDecimal> set) {
            command.amount("amount", set.value());
        }
        if (op.currency() instanceof Patch.Clear) {
            command.add("currency");
        }
        Patch<String> currency = op.currency().map(code -> command.currency("currency", code));
        Patch<String> status = command.required("status", op.status().map(key -> key.toLowerCase(Locale.ROOT)));
        Patch<String> lostReasonPatch = optional(op.lostReason());
        command.throwIfAny();

        Deal current = get(op.id());
        Versions.check("deal", current, op.expectedVersion());
        Errors rules = new Errors();
        long pipelineId = op.pipelineId() == 0 ? current.pipelineId() : op.pipelineId();
        String key = Objects.requireNonNull(status.applyTo(current.status()));
        Pipeline pipeline = state.pipelines.get(pipelineId);
        if (pipeline == null) {
            rules.add("pipelineId");
        }
        Stage stage = pipeline == null ? null : stage(pipeline, key);
        if (pipeline != null && stage == null) {
            rules.add("status");
        }
        Long contactId = op.contactId().applyTo(current.contactId());
        if (!Objects.equals(contactId, current.contactId()) && contactId != null && !contacts.exists(contactId)) {
            rules.add("contactId");
        }
        BigDecimal amount =
                Objects.requireNonNull(op.amount().applyTo(current.value().amount()));
        String code = Objects.requireNonNull(
                currency.applyTo(current.value().currency().getCurrencyCode()));
        if (!fits(amount, code)) {
            rules.add("amount");
        }
        String lostReason = null;
        if (stage != null && stage.outcome() == StageOutcome.LOST) {
            lostReason = lostReasonPatch.applyTo(current.lostReason());
        } else if (lostReasonPatch instanceof Patch.Set) {
            rules.add("lostReason");
        }
        rules.throwIfAny();
        Instant closedAt = null;
        if (Objects.requireNonNull(stage).outcome() != StageOutcome.OPEN) {
            boolean stays = pipelineId == current.pipelineId() && key.equals(current.status());
            closedAt = stays && current.closedAt() != null ? current.closedAt() : state.now();
        }
        Deal changed = new Deal(
                current.id(),
                Objects.requireNonNull(title.applyTo(current.title())),
                current.description(),
                Money.of(amount, code),
                pipelineId,
                key,
                contactId,
                op.expectedCloseDate().applyTo(current.expectedCloseDate()),
                closedAt,
                lostReason,
                current.createdAt(),
                current.updatedAt(),
                current.version());
        if (changed.equals(current)) {
            return current;
        }
        Deal updated = new Deal(
                changed.id(),
                changed.title(),
                changed.description(),
                changed.value(),
                changed.pipelineId(),
                changed.status(),
                changed.contactId(),
                changed.expectedCloseDate(),
                changed.closedAt(),
                changed.lostReason(),
                changed.createdAt(),
                state.now(),
                current.version() + 1);
        state.deals.put(updated.id(), updated);
        return updated;
    }

    void delete(long id) {
        if (state.deals.remove(id) == null) {
            throw new NotFoundException("deal", id);
        }
        state.tasks.replaceAll((taskId, task) -> Objects.equals(task.dealId(), id) ? withoutDeal(task) : task);
    }

    Pager find(DealOps.Find op) {
        Errors query = new Errors();
        String status = op.status() == null ? null : optional(op.status().toLowerCase(Locale.ROOT));
        String currency = query.currency("currency", op.currency());
        if (op.minAmount() != null && op.maxAmount() != null && op.minAmount().compareTo(op.maxAmount()) > 0) {
            query.add("minAmount");
        }
        query.throwIfAny();
        // The query is built first; then the service refuses a status that is the stage key of no pipeline.
        if (status != null
                && state.pipelines.values().stream()
                        .noneMatch(pipeline -> pipeline.stage(status).isPresent())) {
            Errors filter = new Errors();
            filter.add("status");
            filter.throwIfAny();
        }
        Function<Deal, ? extends @Nullable Comparable<?>> value = switch (op.sort()) {
            case ID -> Deal::id;
            case TITLE -> Deal::title;
            case AMOUNT -> deal -> deal.value().amount();
            case EXPECTED_CLOSE_DATE -> Deal::expectedCloseDate;
            case CREATED_AT -> Deal::createdAt;
            case UPDATED_AT -> Deal::updatedAt;
        };
        return new ModelPager<>(
                () -> state.deals.values().stream()
                        .filter(deal -> op.pipelineId() == 0 || deal.pipelineId() == op.pipelineId())
                        .filter(deal -> status == null || deal.status().equals(status))
                        .filter(deal -> op.contactId() == 0 || Objects.equals(deal.contactId(), op.contactId()))
                        .filter(deal ->
                                op.minAmount() == null || deal.value().amount().compareTo(op.minAmount()) >= 0)
                        .filter(deal ->
                                op.maxAmount() == null || deal.value().amount().compareTo(op.maxAmount()) <= 0)
                        .filter(deal -> currency == null
                                || deal.value().currency().getCurrencyCode().equals(currency))
                        .filter(deal -> op.outcome() == null || op.outcome() == outcomeOf(deal))
                        .toList(),
                ModelPager.order(value, op.direction()),
                op.limit(),
                op.total());
    }

    private Deal get(long id) {
        Deal deal = state.deals.get(id);
        if (deal == null) {
            throw new NotFoundException("deal", id);
        }
        return deal;
    }

    private @Nullable StageOutcome outcomeOf(Deal deal) {
        Pipeline pipeline = state.pipelines.get(deal.pipelineId());
        Stage stage = pipeline == null ? null : stage(pipeline, deal.status());
        return stage == null ? null : stage.outcome();
    }

    private static @Nullable Stage stage(Pipeline pipeline, String key) {
        return pipeline.stages().stream()
                .filter(stage -> stage.key().equals(key))
                .findFirst()
                .orElse(null);
    }

    private static String entryKey(Pipeline pipeline) {
        return pipeline.stages().stream()
                .filter(stage -> stage.outcome() == StageOutcome.OPEN)
                .findFirst()
                .orElseThrow()
                .key();
    }

    /** Whether the amount has no more decimals than the currency has. */
    private static boolean fits(BigDecimal amount, String currency) {
        return amount.stripTrailingZeros().scale() <= ModelState.DECIMALS.get(currency);
    }

    private Task withoutDeal(Task t) {
        return new Task(
                t.id(),
                t.title(),
                t.description(),
                t.priority(),
                t.status(),
                t.contactId(),
                null,
                t.dueDate(),
                t.completedAt(),
                t.createdAt(),
                state.now(),
                t.version() + 1);
    }
}
