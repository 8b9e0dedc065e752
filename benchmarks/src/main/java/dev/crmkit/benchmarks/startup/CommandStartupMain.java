package dev.crmkit.benchmarks.startup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times {@code crm} commands as a user runs them: each a new process of the {@code crm} script, in a
 * home directory of its own (so the first command also prepares the script's cache and creates the
 * H2 database), reporting wall time and the CPU time of the process and its children:
 *
 * <pre>
 * java benchmarks/src/main/java/dev/crmkit/benchmarks/startup/CommandStartupMain.java [--runs n] [--script path]
 *     [--cds on|off]
 * </pre>
 *
 * Run from the repository root after {@code ./mvnw -B -q -pl crm-examples -am package -DskipTests}
 * (the file runs as a single-file program: it uses nothing but the JDK). For each command it prints
 * the first run and the median (and range) of the {@code n} later runs. CPU seconds come from Linux's
 * {@code /proc/self/stat} (the children's user and system time, in ticks of 1/100 s); elsewhere they
 * are left out. On a machine that other work shares, compare CPU seconds rather than walls.
 */
public final class CommandStartupMain {

    private static final List<List<String>> COMMANDS = List.of(
            List.of("--version"),
            List.of("contacts", "list"),
            List.of("--storage", "mybatis", "contacts", "list"),
            List.of("--storage", "jpa", "contacts", "list"));

    private CommandStartupMain() {}

    /**
     * Runs the measurement.
     *
     * @param args {@code --runs n} (default 10), {@code --script path} (default {@code crm-examples/crm}),
     *     {@code --cds on|off} (the script's {@code CRM_CDS}, default on)
     * @throws IOException when the temporary home cannot be made
     * @throws InterruptedException when interrupted while a command runs
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
        Path script =
                Path.of(options.getOrDefault("script", "crm-examples/crm")).toAbsolutePath();
        String cds = options.getOrDefault("cds", "on");
        Path home = Files.createTempDirectory("crm-startup");
        try {
            out.printf(
                    Locale.ROOT,
                    "%s, CRM_CDS=%s, %d runs per command, %d cores, load average %s%n",
                    script,
                    cds,
                    runs,
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            out.println("| command | first run: wall / CPU | later runs: median wall (min–max) | median CPU |");
            out.println("|---|---|---|---|");
            for (List<String> command : COMMANDS) {
                Timing first = run(script, cds, home, command);
                List<Timing> later = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    later.add(run(script, cds, home, command));
                }
                out.printf(
                        Locale.ROOT,
                        "| `crm %s` | %.2f s / %s | %.2f s (%.2f–%.2f) | %s |%n",
                        String.join(" ", command),
                        first.wall(),
                        cpu(first.cpu()),
                        median(later.stream().map(Timing::wall).toList()),
                        later.stream().mapToDouble(Timing::wall).min().orElse(0),
                        later.stream().mapToDouble(Timing::wall).max().orElse(0),
                        cpu(median(later.stream().map(Timing::cpu).toList())));
            }
        } finally {
            delete(home);
        }
    }

    /** One command in a new process; fails on a non-zero exit, since a failed command times nothing. */
    private static Timing run(Path script, String cds, Path home, List<String> command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(script.toString());
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("CRM_CDS", cds);
        builder.environment().put("CRM_JAVA_OPTS", "-Duser.home=" + home);
        builder.environment().remove("CRM_DB");
        double cpuBefore = childrenCpuSeconds();
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        int code = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = childrenCpuSeconds() - cpuBefore;
        if (code != 0) {
            throw new IllegalStateException("crm " + String.join(" ", command) + " exited with " + code + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
        return new Timing(wall, cpu);
    }

    /** The user and system seconds of this JVM's finished children (fields 16 and 17 of /proc/self/stat). */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The command name (field 2) may hold spaces; count the fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu(double seconds) {
        return Double.isNaN(seconds) ? "–" : String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException(
                        "usage: CommandStartupMain [--runs n] [--script path] [--cds on|off]");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** One run: seconds of wall time and of CPU. */
    private record Timing(double wall, double cpu) {}
}
