package dev.crmkit.benchmarks.startup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Starts the web app {@code runs} times and prints, for each start, the wall time from launching the
 * process to the first {@code 200} of {@code GET /login}, and the CPU time the process had used by
 * then; then the medians. Not JMH: each sample is a new JVM.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.crmkit.benchmarks.startup.StartupMain
 *     [--runs n] [--database first|later] [--timeout seconds] [--log dir] [-- command...]
 * </pre>
 *
 * The command defaults to {@code java -jar crm-examples/target/crm-web.jar} (the README's); after
 * {@code --} give another, e.g. with JVM options. The benchmark appends {@code --server.port} (a
 * free port) and {@code --spring.datasource.url} (an H2 file in a new temporary directory), so the
 * runs never touch {@code ~/.crmkit}. With {@code --database first} (the default) every run starts
 * on a new database: migrations and the sample data are part of the start. With {@code later} one
 * unmeasured start creates the database and every measured run reuses it. The system load average
 * is printed before and after: other processes on the machine lengthen the walls.
 */
public final class StartupMain {

    private static final Duration POLL = Duration.ofMillis(20);

    private StartupMain() {}

    /** @param args see the class description */
    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("usage: StartupMain [--runs n] [--database first|later] [--timeout seconds] [--log dir]"
                    + " [-- command...]");
            System.exit(2);
            return;
        }
        out.printf(Locale.ROOT, "command: %s%n", String.join(" ", options.command()));
        out.printf(
                Locale.ROOT,
                "database: %s, runs: %d, load average before: %.2f%n",
                options.database(),
                options.runs(),
                loadAverage());
        List<Sample> samples = run(options, out);
        out.printf(
                Locale.ROOT,
                "median of %d: %d ms wall to the first 200, %d ms CPU; load average after: %.2f%n",
                samples.size(),
                median(samples.stream().mapToLong(Sample::wallMillis).toArray()),
                median(samples.stream().mapToLong(Sample::cpuMillis).toArray()),
                loadAverage());
    }

    /**
     * Runs the measured starts.
     *
     * @param options what to start, how often, on which database
     * @param out where each start is reported as it ends
     * @return one sample per measured start
     * @throws IOException when the process cannot be started or its log written
     * @throws InterruptedException when interrupted while waiting for the app
     * @throws IllegalStateException when a start does not answer 200 within the timeout, or exits
     */
    public static List<Sample> run(Options options, PrintStream out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("crm-startup-");
        Path logs = options.logs() == null ? work : Files.createDirectories(options.logs());
        List<Sample> samples = new ArrayList<>();
        if (options.database() == Database.LATER) {
            Sample warmup = start(options, work.resolve("db"), logs.resolve("start-0.log"));
            out.printf(
                    Locale.ROOT,
                    "  creating the database: %6d ms wall, %6d ms CPU (not counted)%n",
                    warmup.wallMillis(),
                    warmup.cpuMillis());
        }
        for (int run = 1; run <= options.runs(); run++) {
            Path database = options.database() == Database.LATER ? work.resolve("db") : work.resolve("db-" + run);
            Sample sample = start(options, database, logs.resolve("start-" + run + ".log"));
            samples.add(sample);
            out.printf(
                    Locale.ROOT, "  run %2d: %6d ms wall, %6d ms CPU%n", run, sample.wallMillis(), sample.cpuMillis());
        }
        return samples;
    }

    private static Sample start(Options options, Path database, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(options.command());
        command.add("--server.port=" + port);
        command.add(
                "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + "/web;DB_CLOSE_ON_EXIT=FALSE");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + options.timeout().toNanos();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the app exited with " + process.exitValue() + " before answering;"
                            + " its output: " + log);
                }
                if (answers200(http, login)) {
                    long wall = System.nanoTime() - start;
                    Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
                    return new Sample(TimeUnit.NANOSECONDS.toMillis(wall), cpu.toMillis());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "no 200 from /login within " + options.timeout() + "; its output: " + log);
                }
                Thread.sleep(POLL.toMillis());
            }
        } finally {
            stop(process);
        }
    }

    private static boolean answers200(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** SIGTERM, so the app shuts down as a user's Ctrl-C would and releases its H2 file. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The median, the mean of the two middle values for an even count.
     *
     * @param values at least one
     * @return the median
     */
    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * One start.
     *
     * @param wallMillis from launching the process to the first 200 of {@code /login}
     * @param cpuMillis CPU time (user and system, all threads) the process had used at that moment
     */
    public record Sample(long wallMillis, long cpuMillis) {}

    /** Whether each measured start gets a new database or all reuse one. */
    public enum Database {
        /** A new database per run: the first start, with migrations and the sample data. */
        FIRST,
        /** One database, created by an unmeasured start: a later start. */
        LATER
    }

    /**
     * What to measure.
     *
     * @param runs measured starts, at least 1
     * @param database a new database per run, or one for all
     * @param timeout the longest a start may take to answer 200
     * @param logs where each start's output goes; {@code null} for the run's temporary directory
     * @param command the app's command line, to which the port and the database are appended
     */
    public record Options(
            int runs,
            Database database,
            Duration timeout,
            @Nullable Path logs,
            List<String> command) {

        /** The README's command, from the repository root. */
        public static final List<String> README_COMMAND = List.of("java", "-jar", "crm-examples/target/crm-web.jar");

        /**
         * Checks the options.
         *
         * @throws IllegalArgumentException when runs is below 1 or the command is empty
         */
        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1");
            }
            if (command.isEmpty()) {
                throw new IllegalArgumentException("the command after -- is empty");
            }
            command = List.copyOf(command);
        }

        /**
         * Reads the command line.
         *
         * @param args see {@link StartupMain}
         * @return the options
         * @throws IllegalArgumentException on an unknown or malformed option
         */
        public static Options parse(String... args) {
            int runs = 5;
            Database database = Database.FIRST;
            Duration timeout = Duration.ofSeconds(180);
            @Nullable Path logs = null;
            List<String> command = README_COMMAND;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--")) {
                    command = List.of(args).subList(i + 1, args.length);
                    break;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value of " + option);
                }
                String value = args[++i];
                switch (option) {
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--database" -> database = Database.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value));
                    case "--log" -> logs = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            return new Options(runs, database, timeout, logs, command);
        }
    }
}
