package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.TestEnvironment;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lints the served OpenAPI description with an independent linter, Redocly's CLI, through the
 * machine's own {@code npx} (version pinned by {@code redocly.version}, rules in
 * {@code crm-examples/redocly.yaml}): 0 errors or the build fails. The description is kept at
 * {@code target/openapi.json} for anyone to inspect or generate a client from. Without npm the test
 * skips with a message; under {@code CI=true} it fails instead.
 */
@WebAppTest
class OpenApiLintTest {

    private static final Logger log = LoggerFactory.getLogger(OpenApiLintTest.class);
    private static final String REDOCLY = "@redocly/cli@" + System.getProperty("redocly.version", "2.77.0");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) errors?(?: and (\\d+) warnings?)?");

    @LocalServerPort
    int port;

    @Test
    void should_serve_an_openapi_description_with_no_linter_errors() throws Exception {
        Reply description = new ApiClient(port).get("/v3/api-docs");
        assertThat(description.status()).isEqualTo(200);
        Path module = Path.of(System.getProperty("crmkit.project.root", ".."), "crm-examples");
        Path file = module.resolve("target/openapi.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, description.body(), StandardCharsets.UTF_8);

        String npx = npx();
        Process lint = new ProcessBuilder(
                        npx,
                        "--yes",
                        REDOCLY,
                        "lint",
                        file.toString(),
                        "--config",
                        module.resolve("redocly.yaml").toAbsolutePath().toString())
                .directory(file.getParent().toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("the linter finished").isTrue();
        log.info("{} lint of {}:\n{}", REDOCLY, file, output);

        assertThat(output).as(output).containsAnyOf("Woohoo", "validated in");
        assertThat(errors(output)).as(output).isZero();
        assertThat(lint.exitValue()).as(output).isZero();
    }

    /** The error count of Redocly's summary line; 0 when it reports none ("Woohoo! Your API description is valid"). */
    static int errors(String output) {
        Matcher matcher = SUMMARY.matcher(output);
        List<Integer> counts = new ArrayList<>();
        while (matcher.find()) {
            counts.add(Integer.parseInt(matcher.group(1)));
        }
        return counts.isEmpty() ? 0 : counts.get(counts.size() - 1);
    }

    private static String npx() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("npx", "--version")
                    .redirectErrorStream(true)
                    .start();
            version.getInputStream().readAllBytes();
            if (version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0) {
                return "npx";
            }
        } catch (IOException e) {
            // no npx on the PATH: reported below
        }
        throw TestEnvironment.unavailable(
                "npm (npx)",
                "Install Node.js with npm (e.g. apt-get install npm) so the"
                        + " build can lint the OpenAPI description with " + REDOCLY + ".");
    }
}
