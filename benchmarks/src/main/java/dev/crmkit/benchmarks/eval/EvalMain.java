package dev.crmkit.benchmarks.eval;

import dev.crmkit.agent.eval.CaseCrms;
import dev.crmkit.agent.eval.EvalCase;
import dev.crmkit.agent.eval.EvalCases;
import dev.crmkit.agent.eval.EvalModel;
import dev.crmkit.agent.eval.EvalReport;
import dev.crmkit.agent.eval.EvalRunner;
import dev.crmkit.agent.eval.ReplayModel;
import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.benchmarks.BenchmarkDatabase;
import dev.crmkit.benchmarks.inference.BenchmarkModels;
import dev.crmkit.core.Crm;
import dev.crmkit.jpa.JpaCrmStorage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the evaluation suite on a model, each case on a new in-memory H2 database under the JPA adapter,
 * prints the scores and writes the JSON report:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.crmkit.benchmarks.eval.EvalMain &lt;model&gt;
 *     [--limit n] [--kind single,no_tool] [--report file.json] [--max-tokens n] [--context-size n]
 *     [--max-steps n] [--turn-timeout seconds]
 * </pre>
 *
 * {@code <model>} is {@code replay} (the scripted model that plays the expected calls: the harness's own
 * cost, and a 100% score), {@code stories260K}, or the path of a {@code .gguf} file.
 */
public final class EvalMain {

    private EvalMain() {}

    /** @param args see the class description */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0 || args[0].startsWith("--")) {
            out.println("usage: EvalMain <replay | stories260K | model.gguf> [--limit n] [--kind k1,k2]"
                    + " [--report file.json] [--max-tokens n] [--context-size n] [--max-steps n] [--turn-timeout s]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        EvalReport report = run(args[0], options, out);
        Path file =
                Path.of(options.getOrDefault("report", "eval-" + args[0].replaceAll("[^A-Za-z0-9.-]", "_") + ".json"));
        report.writeJson(file);
        out.print(report.summary());
        out.println("report: " + file.toAbsolutePath());
        // llama.cpp leaves a native thread that keeps the JVM alive after the model is closed.
        System.exit(0);
    }

    /**
     * @param model   {@code replay}, {@code stories260K} or a GGUF path
     * @param options {@code limit}, {@code kind}, {@code max-tokens}, {@code context-size}, {@code max-steps},
     *                {@code turn-timeout}
     * @param out     where each case is reported as it ends
     * @return the report
     */
    public static EvalReport run(String model, Map<String, String> options, PrintStream out) {
        List<EvalCase> cases = cases(options);
        EvalRunner.Builder runner = EvalRunner.builder()
                .crms(freshH2())
                .modelName(model)
                .maxSteps(Integer.parseInt(options.getOrDefault("max-steps", "6")))
                .turnTimeout(Duration.ofSeconds(Long.parseLong(options.getOrDefault("turn-timeout", "120"))))
                .progress(result -> out.printf(
                        Locale.ROOT,
                        "  %-28s %-6s %7d ms%n",
                        result.id(),
                        result.passed() ? "passed" : "failed",
                        result.latencyMillis()));
        if (model.equals("replay")) {
            return runner.model(new ReplayModel()).build().run(cases);
        }
        Path file =
                model.toLowerCase(Locale.ROOT).equals("stories260k") ? BenchmarkModels.stories260K() : Path.of(model);
        try (LlamaCppChatModel chatModel = LlamaCppChatModel.builder()
                .modelPath(file)
                .contextSize(Integer.parseInt(options.getOrDefault("context-size", "16384")))
                .maxTokens(Integer.parseInt(options.getOrDefault("max-tokens", "1024")))
                .seed(42)
                .build()) {
            return runner.model(EvalModel.of(chatModel)).build().run(cases);
        }
    }

    private static List<EvalCase> cases(Map<String, String> options) {
        List<EvalCase.Kind> kinds = options.containsKey("kind")
                ? List.of(options.get("kind").split(",")).stream()
                        .map(kind -> EvalCase.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)))
                        .toList()
                : List.of(EvalCase.Kind.values());
        return EvalCases.builtIn().stream()
                .filter(evalCase -> kinds.contains(evalCase.kind()))
                .limit(Long.parseLong(options.getOrDefault("limit", String.valueOf(Long.MAX_VALUE))))
                .toList();
    }

    private static CaseCrms freshH2() {
        return clock -> {
            BenchmarkDatabase database = BenchmarkDatabase.open("h2");
            try {
                Crm crm = Crm.builder()
                        .storage(JpaCrmStorage.create(database.dataSource()))
                        .clock(clock)
                        .defaultCurrency("USD")
                        .build();
                return CaseCrms.CaseCrm.of(crm, database::close);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options come as --name value pairs; got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
