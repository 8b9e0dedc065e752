package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /pipelines/{id}/stages}: rename, reorder (by a place number per row), add, remove, and set
 * the probability and outcome of a pipeline's stages in one form. crm-core decides what is allowed
 * (a stage that holds deals keeps its outcome and cannot be removed); its errors are shown per row,
 * named "Stage 3 name", with the rows as typed.
 */
@Controller
record StagesPage(Crm crm) {

    /** A row's own error ({@code row[i].name}) or one of crm-core's on the stage list ({@code stages[j].key}). */
    private static final Pattern STAGE_FIELD = Pattern.compile("(row|stages)\\[(\\d+)]\\.?(.*)");

    @GetMapping("/pipelines/{id}/stages")
    String form(@PathVariable long id, Model model) {
        Pipeline pipeline = crm.pipelines().getById(id);
        List<StageRow> rows =
                new ArrayList<>(pipeline.stages().stream().map(StageRow::of).toList());
        rows.add(StageRow.blank(rows.size() + 1));
        model.addAllAttributes(model(pipeline, pipeline.name(), rows, Map.of()));
        return "pipelines/stages";
    }

    @PostMapping("/pipelines/{id}/stages")
    ModelAndView save(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "key", defaultValue = "") List<String> keys,
            @RequestParam(name = "stageName", defaultValue = "") List<String> names,
            @RequestParam(name = "probability", defaultValue = "") List<String> probabilities,
            @RequestParam(name = "outcome", defaultValue = "") List<String> outcomes,
            @RequestParam(name = "order", defaultValue = "") List<String> orders,
            @RequestParam(name = "existing", defaultValue = "") List<String> existing,
            @RequestParam(name = "remove", defaultValue = "") Set<String> removed,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Pipeline pipeline = crm.pipelines().getById(id);
        List<StageRow> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            StageRow row = new StageRow(
                    key,
                    at(names, i),
                    at(probabilities, i),
                    at(outcomes, i),
                    at(orders, i),
                    existing.contains(key),
                    !key.isBlank() && removed.contains(key));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingInt(StageRow::place));
        FieldErrors errors = new FieldErrors();
        List<Stage> stages = new ArrayList<>();
        List<Integer> rowOfStage = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StageRow row = rows.get(i);
            if (row.remove()) {
                continue;
            }
            Stage stage = row.toStage(errors, "row[" + i + "].");
            if (stage != null) {
                stages.add(stage);
                rowOfStage.add(i);
            }
        }
        try {
            PipelineUpdate update = errors.collect(
                    "",
                    () -> PipelineUpdate.builder()
                            .name(name)
                            .stages(stages)
                            .expectedVersion(version)
                            .build());
            errors.throwIfAny();
            crm.pipelines().update(id, Objects.requireNonNull(update));
            redirect.addFlashAttribute("notice", "Saved the stages.");
            return new ModelAndView("redirect:/pipelines/" + id);
        } catch (ValidationException e) {
            return invalid(pipeline, name, rows, labelled(e.errors(), rowOfStage));
        } catch (ConflictException e) {
            return invalid(pipeline, name, rows, Map.of("form", e.getMessage()));
        } catch (StaleVersionException e) {
            return invalid(pipeline, name, rows, Map.of(PageErrors.STALE_KEY, PageErrors.STALE));
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }

    /**
     * Errors keyed as people read them: {@code Stage 3 name}. A row's own errors carry its row
     * number already; the list's ({@code stages[j]} after removals) are mapped back to their row.
     */
    private static Map<String, String> labelled(Map<String, String> errors, List<Integer> rowOfStage) {
        Map<String, String> labelled = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Matcher matcher = STAGE_FIELD.matcher(field);
            if (matcher.matches()) {
                int index = Integer.parseInt(matcher.group(2));
                int row = matcher.group(1).equals("row") || index >= rowOfStage.size() ? index : rowOfStage.get(index);
                String part = matcher.group(3);
                labelled.put("Stage " + (row + 1) + (part.isEmpty() ? "" : " " + part), message);
            } else {
                labelled.put(field.equals("name") ? "Name" : field.equals("stages") ? "Stages" : field, message);
            }
        });
        return labelled;
    }

    private ModelAndView invalid(Pipeline pipeline, String name, List<StageRow> rows, Map<String, String> errors) {
        List<StageRow> shown = new ArrayList<>(rows);
        shown.add(StageRow.blank(rows.size() + 1));
        ModelAndView view = new ModelAndView("pipelines/stages", model(pipeline, name, shown, errors));
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private static Map<String, Object> model(
            Pipeline pipeline, String name, List<StageRow> rows, Map<String, String> errors) {
        return Map.of("pipeline", pipeline, "name", name, "rows", rows, "errors", errors);
    }
}
