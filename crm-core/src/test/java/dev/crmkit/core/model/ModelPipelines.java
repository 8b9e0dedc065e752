package dev.crmkit.core.model;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.model.ModelState.Errors;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.pipeline.StageSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reference model's pipelines. Rules: a name; stages with unique keys and at least one OPEN
 * (the six defaults when none are given), numbered by list order; a stage holding deals cannot be
 * removed or change outcome; a pipeline holding deals cannot be deleted.
 */
final class ModelPipelines {

    private static final List<Stage> DEFAULT_STAGES = List.of(
            new Stage("lead", "Lead", 0, 10, StageOutcome.OPEN),
            new Stage("qualified", "Qualified", 1, 25, StageOutcome.OPEN),
            new Stage("proposal", "Proposal", 2, 50, StageOutcome.OPEN),
            new Stage("negotiation", "Negotiation", 3, 75, StageOutcome.OPEN),
            new Stage("won", "Won", 4, 100, StageOutcome.WON),
            new Stage("lost", "Lost", 5, 0, StageOutcome.LOST));

    private final ModelState state;

    ModelPipelines(ModelState state) {
        this.state = state;
    }

    Pipeline create(PipelineOps.Create op) {
        Errors errors = new Errors();
        String name = errors.required("name", op.name());
        List<Stage> stages =
                op.stages() == null || op.stages().isEmpty() ? DEFAULT_STAGES : numbered(errors, op.stages());
        errors.throwIfAny();
        Instant now = state.now();
        Pipeline created =
                new Pipeline(state.nextPipelineId(), Objects.requireNonNull(name), null, stages, now, now, 0);
        state.pipelines.put(created.id(), created);
        return created;
    }

    Pipeline update(PipelineOps.Update op) {
        Errors errors = new Errors();
        Patch<String> name = errors.required("name", op.name());
        List<Stage> stages = null;
        if (op.stages() != null) {
            if (op.stages().isEmpty()) {
                errors.add("stages");
            }
            stages = numbered(errors, op.stages());
        }
        errors.throwIfAny();
        Pipeline current = get(op.id());
        Versions.check("pipeline", current, op.expectedVersion());
        Pipeline changed = new Pipeline(
                current.id(),
                name.applyTo(current.name()),
                current.description(),
                stages == null ? current.stages() : stages,
                current.createdAt(),
                current.updatedAt(),
                current.version());
        if (changed.equals(current)) {
            return current;
        }
        for (Stage stage : current.stages()) {
            if (dealsIn(current.id(), stage.key()) > 0) {
                Optional<Stage> kept = changed.stage(stage.key());
                if (kept.isEmpty() || kept.get().outcome() != stage.outcome()) {
                    throw new ConflictException("stage " + stage.key() + " holds deals", "stages", current.id());
                }
            }
        }
        Pipeline updated = new Pipeline(
                changed.id(),
                changed.name(),
                changed.description(),
                changed.stages(),
                changed.createdAt(),
                state.now(),
                current.version() + 1);
        state.pipelines.put(updated.id(), updated);
        return updated;
    }

    void delete(long id) {
        get(id);
        if (state.deals.values().stream().anyMatch(deal -> deal.pipelineId() == id)) {
            throw new ConflictException("pipeline " + id + " holds deals", null, id);
        }
        state.pipelines.remove(id);
    }

    Pager find(PipelineOps.Find op) {
        Function<Pipeline, ? extends @Nullable Comparable<?>> value = switch (op.sort()) {
            case ID -> Pipeline::id;
            case NAME -> Pipeline::name;
            case CREATED_AT -> Pipeline::createdAt;
        };
        return new ModelPager<>(
                () -> List.copyOf(state.pipelines.values()),
                ModelPager.order(value, op.direction()),
                op.limit(),
                op.total());
    }

    /** Per stage: deals, value and value × probability per currency; over open stages, the totals. */
    PipelineSummary summarise(long id) {
        Pipeline pipeline = get(id);
        List<StageSummary> stages = new ArrayList<>();
        long openDeals = 0;
        Map<String, BigDecimal> openValue = new TreeMap<>();
        Map<String, BigDecimal> forecast = new TreeMap<>();
        Map<String, BigDecimal> wonValue = new TreeMap<>();
        for (Stage stage : pipeline.stages()) {
            long count = 0;
            Map<String, BigDecimal> value = new TreeMap<>();
            for (Deal deal : state.deals.values()) {
                if (deal.pipelineId() == id && deal.status().equals(stage.key())) {
                    count++;
                    value.merge(
                            deal.value().currency().getCurrencyCode(),
                            deal.value().amount(),
                            BigDecimal::add);
                }
            }
            Map<String, BigDecimal> weighted = new TreeMap<>();
            value.forEach((code, sum) -> weighted.put(
                    code,
                    sum.multiply(BigDecimal.valueOf(stage.probability()))
                            .divide(BigDecimal.valueOf(100), ModelState.DECIMALS.get(code), RoundingMode.HALF_EVEN)));
            stages.add(new StageSummary(stage, count, money(value), money(weighted)));
            if (stage.outcome() == StageOutcome.OPEN) {
                openDeals += count;
                value.forEach((code, sum) -> openValue.merge(code, sum, BigDecimal::add));
                weighted.forEach((code, sum) -> forecast.merge(code, sum, BigDecimal::add));
            } else if (stage.outcome() == StageOutcome.WON) {
                value.forEach((code, sum) -> wonValue.merge(code, sum, BigDecimal::add));
            }
        }
        return new PipelineSummary(pipeline, stages, openDeals, money(openValue), money(forecast), money(wonValue));
    }

    Pipeline get(long id) {
        Pipeline pipeline = state.pipelines.get(id);
        if (pipeline == null) {
            throw new NotFoundException("pipeline", id);
        }
        return pipeline;
    }

    private long dealsIn(long pipelineId, String stageKey) {
        return state.deals.values().stream()
                .filter(deal -> deal.pipelineId() == pipelineId && deal.status().equals(stageKey))
                .count();
    }

    private static List<Stage> numbered(Errors errors, List<PipelineOps.StageSpec> specs) {
        Set<String> keys = new HashSet<>();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            PipelineOps.StageSpec spec = specs.get(i);
            if (!keys.add(spec.key())) {
                errors.add("stages[" + i + "].key");
            }
            stages.add(new Stage(spec.key(), spec.name(), i, spec.probability(), spec.outcome()));
        }
        if (stages.stream().noneMatch(stage -> stage.outcome() == StageOutcome.OPEN)) {
            errors.add("stages");
        }
        return List.copyOf(stages);
    }

    private static List<Money> money(Map<String, BigDecimal> sums) {
        return sums.entrySet().stream()
                .map(sum -> Money.of(sum.getValue(), sum.getKey()))
                .toList();
    }
}
