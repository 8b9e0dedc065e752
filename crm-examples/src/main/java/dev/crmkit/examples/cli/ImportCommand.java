package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.transfer.CompanyImporter;
import dev.crmkit.core.transfer.ContactImporter;
import dev.crmkit.core.transfer.CsvImporter;
import dev.crmkit.core.transfer.DealImporter;
import dev.crmkit.core.transfer.ImportReport;
import dev.crmkit.core.transfer.TaskImporter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm import contacts|companies|deals|tasks FILE [--dry-run] [--errors FILE] [--column HEADER=FIELD]... [--batch-size N]}. */
@Command(name = "import", description = "Import records from a CSV file (RFC 4180, UTF-8, ',' or ';').")
final class ImportCommand extends Subcommand {

    /** The options every entity's import takes. */
    static final class Options {
        @Parameters(paramLabel = "<file>", description = "the CSV file, with a header row")
        @Nullable
        Path file;

        @Option(names = "--dry-run", description = "report what would change, write nothing")
        boolean dryRun;

        @Option(
                names = "--errors",
                paramLabel = "<file>",
                description = "refused rows go here as CSV (default: <file>.errors.csv when any)")
        @Nullable
        Path errors;

        @Option(
                names = "--column",
                paramLabel = "<header>=<field>",
                description = "map a header onto a field of the entity (its names are those of the export's header)")
        @Nullable
        Map<String, String> columns;

        @Option(names = "--batch-size", defaultValue = "1000", description = "rows per transaction (default: 1000)")
        int batchSize = 1000;
    }

    @Command(
            name = "contacts",
            description = "Import contacts, upserting by email: re-importing a file changes nothing.")
    int contacts(@Mixin Options options) {
        return run(options, ContactImporter::new);
    }

    @Command(
            name = "companies",
            description = "Import companies, upserting by domain (normalized): re-importing a file changes nothing.")
    int companies(@Mixin Options options) {
        return run(options, CompanyImporter::new);
    }

    @Command(
            name = "deals",
            description = "Import deals: pipeline and stage by name, contactEmail, companyDomain; a deal is"
                    + " matched by title, pipeline, contact and company, so re-importing a file changes nothing.")
    int deals(@Mixin Options options) {
        return run(options, DealImporter::new);
    }

    @Command(
            name = "tasks",
            description = "Import tasks: contactEmail, dealTitle; a task is matched by title, contact, deal and"
                    + " due date, so re-importing a file changes nothing.")
    int tasks(@Mixin Options options) {
        return run(options, TaskImporter::new);
    }

    private int run(Options options, Function<Crm, CsvImporter<?, ?>> importerFor) {
        Path file = Objects.requireNonNull(options.file);
        if (Files.isDirectory(file)) {
            // checked first: reading a directory fails only after the error file beside it was created
            throw new UserException(file + " is a directory; give the CSV file to import");
        }
        Path errorFile =
                options.errors != null ? options.errors : file.resolveSibling(file.getFileName() + ".errors.csv");
        return root().withCrm(crm -> {
            ProgressBar bar = new ProgressBar(root().err(), file.getFileName().toString());
            boolean errorFileWritten = false;
            boolean finished = false;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    Writer refused = Files.newBufferedWriter(errorFile, StandardCharsets.UTF_8)) {
                errorFileWritten = true;
                long size = Math.max(1, Files.size(file));
                CsvImporter<?, ?> importer = importerFor.apply(crm);
                importer.dryRun(options.dryRun)
                        .batchSize(options.batchSize)
                        .errors(refused)
                        // Characters approximate bytes: exact for ASCII, close enough for a bar.
                        .progress(chars -> bar.progress(Math.min(chars, size), OptionalLong.of(size)));
                if (options.columns != null) {
                    options.columns.forEach((header, field) -> column(importer, header, field));
                }
                ImportReport report = importer.importCsv(in);
                bar.finish(size);
                refused.flush();
                if (report.refused() == 0) {
                    Files.deleteIfExists(errorFile);
                }
                Map<String, @Nullable Object> summary = new LinkedHashMap<>();
                summary.put("dry_run", options.dryRun);
                summary.put("created", report.created());
                summary.put("updated", report.updated());
                summary.put("unchanged", report.unchanged());
                summary.put("refused", report.refused());
                summary.put("errors", report.refused() == 0 ? null : errorFile.toString());
                // What 'crm change-sets undo' takes to revert this import; none when nothing was written.
                summary.put(
                        "change_set",
                        options.dryRun || report.created() + report.updated() == 0 ? null : importer.changeSetId());
                root().output().record(summary);
                finished = true;
            } catch (IOException e) {
                throw readFailure(file, e);
            } catch (UncheckedIOException e) {
                // how the importer's reading thread hands on what it could not read
                throw readFailure(file, e.getCause());
            } catch (ValidationException e) {
                // The file's header, not an option: "--columns the header has no column for email" named neither.
                String header = e.errors().get(HEADER);
                if (header != null && e.errors().size() == 1) {
                    // --column helps a header that names a field otherwise, not a file without one
                    throw new UserException(file + ": " + header
                            + (header.startsWith("the header") ? " (map a header onto a field with --column)" : ""));
                }
                throw e;
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            } finally {
                if (errorFileWritten && !finished) {
                    // A failed import undid what it wrote: the error file it began would be a leftover. One it
                    // never opened (the CSV was missing) may be an earlier run's, and stays.
                    deleteQuietly(errorFile);
                }
            }
        });
    }

    /** {@code --column header=field} onto the importer; a field the entity does not have is a usage error (exit 2). */
    private static void column(CsvImporter<?, ?> importer, String header, String field) {
        try {
            importer.column(header, field);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--column " + header + "=" + field + ": the " + e.getMessage());
        }
    }

    /** The field of crm-core's error on a header that lacks a required column. */
    private static final String HEADER = "columns";

    private static RuntimeException readFailure(Path file, IOException e) {
        return e instanceof CharacterCodingException
                ? new UserException(file + " is not UTF-8 text; save it as UTF-8 and import it again")
                : new UncheckedIOException(e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure the user is told about matters more
        }
    }
}
