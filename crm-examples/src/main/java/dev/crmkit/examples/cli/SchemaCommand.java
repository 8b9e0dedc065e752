package dev.crmkit.examples.cli;

import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.schema.CrmScript;
import dev.crmkit.core.schema.Dialect;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm schema --dialect postgresql [--out DIR]}: crmkit's migration scripts as plain SQL, for
 * a host that applies them with its own tool (Liquibase, its own Flyway, a DBA). Opens no database.
 */
@Command(
        name = "schema",
        description = "Print crmkit's SQL migration scripts for a dialect, or write them to a folder.")
final class SchemaCommand extends Subcommand implements Callable<Integer> {

    @Option(
            names = "--dialect",
            required = true,
            completionCandidates = EnumKeys.Dialects.class,
            description = "the database: ${COMPLETION-CANDIDATES}")
    @Nullable
    Dialect dialect;

    @Option(
            names = "--out",
            paramLabel = "<dir>",
            description = "write one file per script (V1__crm_schema.sql, …) into this folder instead of printing")
    @Nullable
    Path out;

    @Override
    public Integer call() {
        PrintWriter sql = root().textOut("crm schema", "it prints SQL");
        Dialect chosen = dialect;
        if (chosen == null) {
            throw new IllegalStateException("picocli requires --dialect");
        }
        List<CrmScript> scripts = CrmSchema.scripts(chosen);
        if (out == null) {
            for (CrmScript script : scripts) {
                sql.println("-- crmkit " + script.fileName() + " (" + chosen.folder() + ")");
                sql.println(script.sql());
            }
            return 0;
        }
        try {
            Files.createDirectories(out);
            for (CrmScript script : scripts) {
                Files.writeString(out.resolve(script.fileName()), script.sql(), StandardCharsets.UTF_8);
                root().err().println("wrote " + out.resolve(script.fileName()));
            }
        } catch (IOException e) {
            throw new UserException("--out: cannot write the scripts into " + out + ": " + e.getMessage());
        }
        return 0;
    }
}
