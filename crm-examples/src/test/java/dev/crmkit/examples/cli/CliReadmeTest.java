package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI examples of crm-examples/README.md work as written, in order, on an empty database. */
class CliReadmeTest {

    static final String MARKER = "<!-- cli-examples:";
    static final String PREFIX = "crm-examples/crm ";

    @TempDir
    Path home;

    @Test
    void should_run_every_example_of_the_readme_successfully() throws IOException {
        List<String> examples = examples(Files.readString(Path.of("README.md")));
        CliRunner crm = new CliRunner(home, "jdbc:h2:file:" + home.resolve("crm"));

        List<Result> results = new ArrayList<>();
        for (String example : examples) {
            Result result = crm.run(arguments(example.substring(PREFIX.length())));
            assertThat(result.exitCode()).as(example + "\n" + result).isZero();
            assertThat(result.out()).as(example).isNotBlank();
            results.add(result);
        }

        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        assertThat(output(examples, results, "contacts list --search ada"))
                .contains("ada@example.com")
                .doesNotContain("grace@example.com");
        Result openDeals = result(examples, results, "--json deals list --outcome open");
        assertThat(openDeals.json().path("items").get(0).path("status").asString())
                .isEqualTo("proposal");
        assertThat(output(examples, results, "pipelines show 1")).contains("25000.00 EUR");
        assertThat(output(examples, results, "tasks complete 1")).contains("completed");
        assertThat(output(examples, results, "timeline contact 1"))
                .contains("call: Intro call")
                .contains("deal 1 -> proposal from lead");
    }

    /** The {@code crm-examples/crm} lines of the code block after the marker. */
    static List<String> examples(String readme) {
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("the README marks its tested CLI examples").isNotNegative();
        int start = readme.indexOf("```sh\n", marker) + "```sh\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end)
                .lines()
                .filter(line -> line.startsWith(PREFIX))
                .toList();
    }

    /** Splits a command line as a POSIX shell would for these examples: spaces, "double" and 'single' quotes. */
    static String[] arguments(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (inArgument) {
            arguments.add(current.toString());
        }
        return arguments.toArray(String[]::new);
    }

    private static Result result(List<String> examples, List<Result> results, String command) {
        int index = examples.indexOf(PREFIX + command);
        assertThat(index).as("the README has the example " + command).isNotNegative();
        return results.get(index);
    }

    private static String output(List<String> examples, List<Result> results, String command) {
        return result(examples, results, command).out();
    }
}
