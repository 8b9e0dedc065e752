package dev.crmkit.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.agent.config.AgentModel;
import dev.crmkit.agent.eval.CaseCrms;
import dev.crmkit.agent.eval.CaseResult;
import dev.crmkit.agent.eval.EvalCase;
import dev.crmkit.agent.eval.EvalCases;
import dev.crmkit.agent.eval.EvalModel;
import dev.crmkit.agent.eval.EvalReport;
import dev.crmkit.agent.eval.EvalRunner;
import dev.crmkit.core.Crm;
import dev.crmkit.examples.CrmFactory;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm eval}: runs the assistant's evaluation suite on a model, each case on a fresh in-memory H2
 * database under the {@code --storage} adapter (the user's database is never touched), prints a line per
 * case and the scores, and writes the JSON report. See crm-agent's README for the metrics.
 */
@Command(
        name = "eval",
        description = "Score a model on the assistant's evaluation cases (a fresh in-memory CRM per case).")
final class EvalCommand extends ModelSubcommand {

    @Option(
            names = "--cases",
            paramLabel = "<file.jsonl>",
            description = "cases to run instead of the built-in suite (JSON Lines, crm-agent's format)")
    @Nullable
    Path cases;

    @Option(
            names = "--kind",
            split = ",",
            paramLabel = "<kind>",
            description = "run only these kinds: single, multi_step, no_tool, injection, confirmation")
    @Nullable
    List<String> kinds;

    @Option(names = "--limit", paramLabel = "<n>", description = "run only the first n cases")
    @Nullable
    Integer limit;

    @Option(
            names = "--report",
            defaultValue = "crm-eval-report.json",
            paramLabel = "<file.json>",
            description = "where to write the JSON report (default: ${DEFAULT-VALUE})")
    Path report = Path.of("crm-eval-report.json");

    @Option(
            names = "--turn-timeout",
            defaultValue = "120",
            paramLabel = "<seconds>",
            description = "time allowed for one case (default: ${DEFAULT-VALUE})")
    int turnTimeoutSeconds;

    @Override
    public Integer call() {
        CrmCommand root = root();
        PrintWriter out = root.textOut("crm eval", "it prints its progress; its JSON is the --report file");
        if (turnTimeoutSeconds < 1) {
            throw new UserException("--turn-timeout must be at least 1 second");
        }
        if (limit != null && limit < 1) {
            throw new UserException("--limit must be at least 1");
        }
        List<EvalCase> selected = selectedCases();
        requireWritableReport();
        try (AgentModel chosen = openModel()) {
            return run(selected, chosen.chatModel(), chosen.toString(), out);
        }
    }

    private int run(List<EvalCase> selected, ChatModel chatModel, String name, PrintWriter out) {
        out.printf("Running %d case(s) on %s; each on a fresh in-memory CRM.%n", selected.size(), name);
        out.flush();
        EvalReport result = EvalRunner.builder()
                .crms(freshH2())
                .model(EvalModel.of(chatModel))
                .modelName(name)
                .turnTimeout(Duration.ofSeconds(turnTimeoutSeconds))
                .progress(caseResult -> progress(out, caseResult))
                .build()
                .run(selected);
        out.print(result.summary());
        requireWritableReport(); // again: the directory may have gone while the cases ran
        result.writeJson(report);
        out.println("report: " + report.toAbsolutePath());
        out.flush();
        return 0;
    }

    /** Checked before the cases run (they may take hours), so that their report has somewhere to go. */
    private void requireWritableReport() {
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserException("--report: the directory " + parent + " does not exist");
        }
        if (Files.isDirectory(report)) {
            throw new UserException("--report: " + report + " is a directory; give the file to write the report to");
        }
    }

    private static void progress(PrintWriter out, CaseResult result) {
        out.printf(
                Locale.ROOT,
                "  %-28s %-12s %-6s %7d ms%n",
                result.id(),
                result.kind().key(),
                result.passed() ? "passed" : "failed",
                result.latencyMillis());
        out.flush();
    }

    private List<EvalCase> selectedCases() {
        List<EvalCase> all;
        if (cases == null) {
            all = EvalCases.builtIn();
        } else {
            try (InputStream in = Files.newInputStream(cases)) {
                all = EvalCases.read(in, cases.toString());
            } catch (IOException e) {
                throw new UserException("--cases: cannot read " + cases + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserException("--cases: " + e.getMessage());
            }
        }
        List<EvalCase.Kind> wanted = kinds == null ? List.of(EvalCase.Kind.values()) : kinds();
        List<EvalCase> selected = all.stream()
                .filter(evalCase -> wanted.contains(evalCase.kind()))
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .toList();
        if (selected.isEmpty()) {
            throw new UserException("no case matches --kind and --limit");
        }
        return selected;
    }

    private List<EvalCase.Kind> kinds() {
        return kinds.stream()
                .map(kind -> {
                    try {
                        return EvalCase.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UserException("--kind must be single, multi_step, no_tool, injection or"
                                + " confirmation, not " + kind);
                    }
                })
                .toList();
    }

    /** A new H2 database per case, dropped when the case is over. */
    private CaseCrms freshH2() {
        return clock -> {
            String url = "jdbc:h2:mem:crm-eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(2);
            config.setPoolName("crm-eval");
            HikariDataSource dataSource = new HikariDataSource(config);
            try {
                Crm crm = CrmFactory.open(dataSource, root().storage, clock, "USD");
                return CaseCrms.CaseCrm.of(crm, () -> drop(dataSource, url));
            } catch (RuntimeException e) {
                drop(dataSource, url);
                throw e;
            }
        };
    }

    /** Closes the pool, then drops the in-memory database through a connection of its own. */
    private static void drop(HikariDataSource dataSource, String url) {
        dataSource.close();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the evaluation database " + url + ": " + e.getMessage(), e);
        }
    }
}
