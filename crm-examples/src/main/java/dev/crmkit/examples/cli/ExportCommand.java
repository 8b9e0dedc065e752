package dev.crmkit.examples.cli;

import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.transfer.ExportFormat;
import dev.crmkit.core.transfer.Exporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crm export contacts|companies|deals|tasks|pipelines [filters] [--format csv|jsonl] [--output FILE]}. */
@Command(name = "export", description = "Export every record a list query matches, streamed, as CSV or JSON Lines.")
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

    // The filters are the list's (its mixins), without the page: an export writes every match.

    @Command(name = "contacts", description = "Export contacts; the filters are those of contacts list.")
    int contacts(@Mixin ContactOptions.Filter filter, @Mixin Target target) {
        return export(
                target,
                (exporter, out) ->
                        exporter.contacts(filter.query(ContactQuery.all().page()), format(target), out));
    }

    @Command(name = "deals", description = "Export deals; the filters are those of deals list.")
    int deals(@Mixin DealOptions.Filter filter, @Mixin Target target) {
        return export(
                target,
                (exporter, out) -> exporter.deals(filter.query(DealQuery.all().page()), format(target), out));
    }

    @Command(name = "tasks", description = "Export tasks; the filters are those of tasks list.")
    int tasks(@Mixin TaskOptions.Filter filter, @Mixin Target target) {
        return export(
                target,
                (exporter, out) -> exporter.tasks(filter.query(TaskQuery.all().page()), format(target), out));
    }

    @Command(name = "companies", description = "Export companies; the filters are those of companies list.")
    int companies(@Mixin CompanyOptions.Filter filter, @Mixin Target target) {
        return export(
                target,
                (exporter, out) ->
                        exporter.companies(filter.query(CompanyQuery.all().page()), format(target), out));
    }

    @Command(name = "pipelines", description = "Export pipelines with their stages.")
    int pipelines(@Mixin Target target) {
        return export(target, (exporter, out) -> exporter.pipelines(PipelineQuery.all(), format(target), out));
    }

    private static ExportFormat format(Target target) {
        try {
            return ExportFormat.of(target.format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }

    private int export(Target target, BiFunction<Exporter, Writer, Long> export) {
        PrintWriter stdout = root().textOut("crm export", "it prints CSV or JSON Lines, chosen with --format");
        format(target);
        Path output = target.output;
        if (output != null && output.toString().isBlank()) {
            throw new UsageException("--output must name a file to write, not '" + output + "'");
        }
        return root().withCrm(crm -> {
            Exporter exporter = new Exporter(crm);
            if (output == null) {
                export.apply(exporter, stdout);
                stdout.flush();
                return;
            }
            long written = write(output, out -> export.apply(exporter, out));
            root().err().println(written + " records written to " + output);
        });
    }

    /**
     * Writes {@code target} through a file beside it that replaces it only once the export is complete: an
     * export that fails (a refused filter, a database error, a full disk) leaves an existing file as it was
     * and no partial one. What is not a regular file ({@code /dev/stdout}, a pipe) is written directly.
     */
    private static long write(Path target, Function<Writer, Long> export) {
        try {
            if (Files.isDirectory(target)) {
                throw new FileSystemException(target.toString(), null, "Is a directory");
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    return export.apply(out);
                }
            }
            Path parent = target.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                // The file is to be made; what is missing is where it goes (as eval's --report says).
                throw new UserException("--output: the directory " + parent + " does not exist");
            }
            Path part = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try {
                long written;
                try (Writer out =
                        Files.newBufferedWriter(part, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                    written = export.apply(out);
                }
                keepPermissions(target, part);
                move(part, target);
                return written;
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (FileSystemException e) {
            throw new UncheckedIOException(onTarget(e, target));
        } catch (IOException e) {
            throw new UserException("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** The failure told about {@code target}, the file the user named, rather than the file beside it. */
    private static FileSystemException onTarget(FileSystemException e, Path target) {
        if (e instanceof AccessDeniedException) {
            return new AccessDeniedException(target.toString());
        }
        if (e instanceof NoSuchFileException) {
            return new NoSuchFileException(target.toString());
        }
        return new FileSystemException(target.toString(), null, e.getReason());
    }

    /** A file written over keeps who may read it. */
    private static void keepPermissions(Path target, Path part) throws IOException {
        if (Files.exists(target)) {
            try {
                Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file has the default permissions
            }
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
