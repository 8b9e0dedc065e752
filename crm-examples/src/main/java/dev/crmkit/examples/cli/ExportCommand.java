package dev.crmkit.examples.cli;

import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.transfer.ExportFormat;
import dev.crmkit.core.transfer.Exporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crm export contacts|companies|deals|tasks|pipelines [filters] [--format csv|jsonl] [--output FILE]}. */
@Command(
        name = "export",
        description = "Export every record a list query matches, streamed, as CSV or JSON Lines.",
        mixinStandardHelpOptions = true)
final class ExportCommand extends Subcommand {

    /** Where and how to write. */
    static final class Target {
        @Option(names = "--format", defaultValue = "csv", description = "csv (RFC 4180) or jsonl (default: csv)")
        String format = "csv";

        @Option(
                names = {"--output", "-o"},
                paramLabel = "<file>",
                description = "write here (UTF-8) instead of stdout")
        @Nullable
        Path output;
    }

    @Command(name = "contacts", description = "Export contacts.")
    int contacts(
            @Option(names = {"--search", "-q"}) @Nullable String text,
            @Option(names = "--company") @Nullable String company,
            @Mixin Target target) {
        return export(
                target,
                (exporter, out) ->
                        exporter.contacts(ContactQuery.all().withText(text).withCompany(company), format(target), out));
    }

    @Command(name = "deals", description = "Export deals.")
    int deals(
            @Option(names = "--pipeline-id") @Nullable Long pipelineId,
            @Option(names = "--status") @Nullable String status,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--outcome", description = "${COMPLETION-CANDIDATES}") @Nullable StageOutcome outcome,
            @Mixin Target target) {
        return export(
                target,
                (exporter, out) -> exporter.deals(
                        DealQuery.all()
                                .inPipeline(pipelineId)
                                .withStatus(status)
                                .withContact(contactId)
                                .withOutcome(outcome),
                        format(target),
                        out));
    }

    @Command(name = "tasks", description = "Export tasks.")
    int tasks(
            @Option(names = "--status", description = "${COMPLETION-CANDIDATES}") @Nullable TaskStatus status,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--deal-id") @Nullable Long dealId,
            @Mixin Target target) {
        return export(target, (exporter, out) -> {
            TaskQuery query = TaskQuery.all().withContact(contactId).withDeal(dealId);
            return exporter.tasks(status == null ? query : query.withStatus(status), format(target), out);
        });
    }

    @Command(name = "companies", description = "Export companies.")
    int companies(@Option(names = {"--search", "-q"}) @Nullable String text, @Mixin Target target) {
        return export(
                target, (exporter, out) -> exporter.companies(CompanyQuery.all().withText(text), format(target), out));
    }

    @Command(name = "pipelines", description = "Export pipelines with their stages.")
    int pipelines(@Mixin Target target) {
        return export(target, (exporter, out) -> exporter.pipelines(PipelineQuery.all(), format(target), out));
    }

    private static ExportFormat format(Target target) {
        try {
            return ExportFormat.of(target.format);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private int export(Target target, BiFunction<Exporter, Writer, Long> export) {
        format(target);
        return root().withCrm(crm -> {
            Exporter exporter = new Exporter(crm);
            if (target.output == null) {
                export.apply(exporter, root().out());
                root().out().flush();
                return;
            }
            try (Writer out = Files.newBufferedWriter(target.output, StandardCharsets.UTF_8)) {
                long written = export.apply(exporter, out);
                root().err().println(written + " records written to " + target.output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
