package dev.crmkit.benchmarks.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.benchmarks.startup.StartupMain.Database;
import dev.crmkit.benchmarks.startup.StartupMain.Options;
import dev.crmkit.benchmarks.startup.StartupMain.Sample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up harness against a stand-in app: it measures each start, and a start that dies fails the run. */
class StartupMainTest {

    private static final List<String> FAKE_APP = List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            FakeWebApp.class.getName());

    @Test
    void should_measure_every_start_until_the_first_200() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<Sample> samples = StartupMain.run(
                new Options(2, Database.LATER, Duration.ofSeconds(60), null, FAKE_APP),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(samples).hasSize(2).allSatisfy(sample -> {
            assertThat(sample.wallMillis()).isPositive();
            assertThat(sample.cpuMillis()).isPositive();
        });
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("creating the database")
                .contains("run  1")
                .contains("run  2");
    }

    @Test
    void should_fail_when_the_app_exits_before_answering() {
        List<String> failing = new ArrayList<>(FAKE_APP);
        failing.add("--fail");

        assertThatThrownBy(() -> StartupMain.run(
                        new Options(1, Database.FIRST, Duration.ofSeconds(60), null, failing),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with 3");
    }

    @Test
    void should_read_the_options_and_default_to_the_readme_command() {
        Options defaults = Options.parse();
        Options given =
                Options.parse("--runs", "3", "--database", "later", "--", "java", "-Xshare:auto", "-jar", "app.jar");

        assertThat(defaults.command()).isEqualTo(Options.README_COMMAND);
        assertThat(defaults.database()).isEqualTo(Database.FIRST);
        assertThat(given.runs()).isEqualTo(3);
        assertThat(given.database()).isEqualTo(Database.LATER);
        assertThat(given.command()).containsExactly("java", "-Xshare:auto", "-jar", "app.jar");
        assertThatThrownBy(() -> Options.parse("--runs", "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_take_the_middle_value_as_the_median() {
        assertThat(StartupMain.median(new long[] {30, 10, 20})).isEqualTo(20);
        assertThat(StartupMain.median(new long[] {40, 10, 20, 30})).isEqualTo(25);
    }
}
