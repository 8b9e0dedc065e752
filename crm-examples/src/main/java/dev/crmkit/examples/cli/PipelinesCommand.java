package dev.crmkit.examples.cli;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm pipelines add|list|show|update|delete}. */
@Command(name = "pipelines", description = "Manage pipelines and their stages.")
final class PipelinesCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("id", "name", "stage_keys");

    @Command(
            name = "add",
            aliases = "create",
            description = "Add a pipeline; without --stage it gets lead, qualified, proposal,"
                    + " negotiation, won and lost.")
    int add(
            @Option(names = "--name", required = true, description = "the pipeline's name") String name,
            @Option(names = "--description", description = "free text") @Nullable String description,
            @Mixin StageOptions stages) {
        List<Stage> parsed = stages(stages.specs);
        return printRecord(crm -> Views.pipeline(
                ofStages(stages.specs, () -> crm.pipelines().create(new NewPipeline(name, description, parsed)))));
    }

    @Command(name = "list", description = "List pipelines.")
    int list(@Mixin PageOptions page) {
        return printList(
                crm -> crm.pipelines().find(new PipelineQuery(page.request(PipelineSort.class, PipelineSort.ID))),
                Views::pipeline,
                COLUMNS);
    }

    @Command(
            name = "show",
            aliases = "get",
            description = "Show a pipeline with its summary: deals, value and forecast.")
    int show(@Parameters(paramLabel = "<id>", description = "the pipeline's id") long id) {
        return printRecord(crm -> Views.summary(crm.pipelines().summary(id)));
    }

    @Command(name = "update", description = "Rename, describe, or replace the stages (all of them, in order).")
    int update(
            @Parameters(paramLabel = "<id>", description = "the pipeline's id") long id,
            @Option(names = "--name", description = "the pipeline's name") @Nullable String name,
            @Option(names = "--description", description = "free text") @Nullable String description,
            @Mixin StageOptions stages) {
        root().requireAChange();
        List<String> specs = stages.specs;
        PipelineUpdate update = ofStages(
                specs,
                () -> new PipelineUpdate(
                        Patches.of(name),
                        Patches.of(description),
                        specs == null ? Patches.ofValue(null) : Patches.ofValue(stages(specs)),
                        null));
        return printRecord(crm ->
                Views.pipeline(ofStages(specs, () -> crm.pipelines().update(id, update))));
    }

    @Command(name = "delete", description = "Delete a pipeline that holds no deals.")
    int delete(@Mixin DeleteOptions options) {
        return delete("pipeline", options, (crm, id) -> crm.pipelines().deleteById(id));
    }

    /** The {@code --stage} options of {@code add} and {@code update}, declared once. */
    static final class StageOptions {

        @Option(
                names = "--stage",
                paramLabel = "<key:name:probability[:open|won|lost]>",
                description = "a stage, in order; repeat for each")
        @Nullable
        List<String> specs;
    }

    private static List<Stage> stages(@Nullable List<String> specs) {
        List<Stage> stages = new ArrayList<>();
        if (specs == null) {
            return stages;
        }
        for (String spec : specs) {
            String[] parts = spec.split(":", -1);
            if (parts.length < 3 || parts.length > 4) {
                // The CLI's own format, read as picocli reads a type: a usage error (exit 2), not the CRM's refusal.
                throw new UsageException("--stage must look like key:name:probability[:open|won|lost], not " + spec);
            }
            int probability;
            try {
                probability = Integer.parseInt(parts[2].strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--stage probability must be a whole number in " + spec);
            }
            StageOutcome outcome = StageOutcome.OPEN;
            if (parts.length == 4) {
                try {
                    outcome = StageOutcome.valueOf(parts[3].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--stage outcome must be open, won or lost in " + spec);
                }
            }
            StageOutcome chosen = outcome;
            int percent = probability;
            stages.add(ofStages(List.of(spec), () -> {
                try {
                    return Stage.of(parts[0], parts[1], percent, chosen);
                } catch (ValidationException e) {
                    throw e.prefixed("stages[0].");
                }
            }));
        }
        return stages;
    }

    /** {@code stages[1].key}: crm-core's field {@code key} of the second stage. */
    private static final Pattern STAGE_FIELD = Pattern.compile("stages\\[(\\d+)]\\.(\\w+)");

    /**
     * Runs {@code action}; crm-core's errors on the stages are reported on {@code --stage}, with the stage as the
     * user wrote it when they are about one: {@code --stage probability must be between 0 and 100 in a:A:101},
     * like the errors of the stage's format, not {@code --probability} or {@code stages[1].key}.
     */
    private static <T> T ofStages(@Nullable List<String> specs, Supplier<T> action) {
        try {
            return action.get();
        } catch (ValidationException e) {
            List<String> given = specs == null ? List.of() : specs;
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((field, message) -> {
                Matcher stage = STAGE_FIELD.matcher(field);
                int index = stage.matches() ? Integer.parseInt(stage.group(1)) : -1;
                if (index >= 0 && index < given.size()) {
                    errors.merge(
                            "stage",
                            stage.group(2) + " " + message + " in " + given.get(index),
                            PipelinesCommand::both);
                } else if (field.equals("stages")) {
                    errors.merge("stage", message, PipelinesCommand::both);
                } else {
                    errors.merge(field, message, PipelinesCommand::both);
                }
            });
            throw new ValidationException(errors);
        }
    }

    private static String both(String first, String second) {
        return first + "; " + second;
    }
}
