package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.crmkit.examples.cli.CliRunner.Result;
import dev.crmkit.examples.testing.ScriptedChatModel;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code crm eval}: scores a model case by case on fresh CRMs, prints the scores and writes the report. */
class EvalCommandTest extends CliTest {

    ScriptedChatModel model = new ScriptedChatModel();

    @Override
    ChatModel chatModel() {
        return model;
    }

    @Test
    void should_print_each_case_and_the_scores_and_write_the_json_report() throws Exception {
        Path report = home.resolve("report.json");

        Result eval = crm.run("eval", "--kind", "no_tool", "--limit", "3", "--report", report.toString());

        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        assertThat(eval.out())
                .contains("Running 3 case(s)")
                .contains("no-tool-01")
                .contains("no-tool accuracy     100.0%  (3/3)")
                .contains("latency ms")
                .contains("report: " + report.toAbsolutePath());
        JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
        assertThat(json.path("results")).hasSize(3);
        assertThat(json.path("scores").path("noToolAccuracy").path("ratio").asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void should_refuse_a_report_it_could_not_write_before_running_any_case() throws Exception {
        Path missing = home.resolve("nowhere").resolve("report.json");
        Path directory = Files.createDirectory(home.resolve("reports"));

        Result noDirectory = crm.run("eval", "--kind", "no_tool", "--limit", "1", "--report", missing.toString());
        Result onDirectory = crm.run("eval", "--kind", "no_tool", "--limit", "1", "--report", directory.toString());

        assertThat(noDirectory.exitCode()).as(noDirectory.toString()).isEqualTo(1);
        assertThat(noDirectory.out()).doesNotContain("Running");
        assertThat(noDirectory.err().strip())
                .isEqualTo("error: --report: the directory " + missing.getParent() + " does not exist");
        assertThat(onDirectory.exitCode()).as(onDirectory.toString()).isEqualTo(1);
        assertThat(onDirectory.out()).doesNotContain("Running");
        assertThat(onDirectory.err().strip())
                .isEqualTo("error: --report: " + directory + " is a directory; give the file to write the report to");
    }

    @Test
    void should_score_a_model_that_never_calls_a_tool_zero_on_cases_that_need_one() {
        Result eval = crm.run(
                "eval",
                "--kind",
                "single",
                "--limit",
                "2",
                "--report",
                home.resolve("r.json").toString());

        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        assertThat(eval.out()).contains("call accuracy          0.0%  (0/2)").contains("failed cases:");
    }

    @Test
    void should_run_the_cases_of_a_file_the_user_gives() throws Exception {
        Path cases = home.resolve("mine.jsonl");
        Files.writeString(
                cases,
                "{\"id\": \"mine-1\", \"kind\": \"single\", \"request\": \"Create John Doe, john@example.com\","
                        + " \"calls\": [{\"tool\": \"create_contact\", \"arguments\":"
                        + " {\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"john@example.com\"}}],"
                        + " \"state\": {\"contacts\": [{\"id\": 1, \"email\": \"john@example.com\"}]}}\n");
        model.script()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"JOHN@example.com \"}")
                .thenAnswer("Created.");

        Result eval = crm.run(
                "eval",
                "--cases",
                cases.toString(),
                "--report",
                home.resolve("r.json").toString());

        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        assertThat(eval.out())
                .contains("mine-1")
                .contains("argument accuracy    100.0%  (1/1)")
                .contains("cases passed         100.0%  (1/1)");
        assertThat(crm.run("contacts", "list").out()).doesNotContain("john@example.com");
    }

    @Test
    void should_name_the_option_when_a_kind_or_a_case_file_is_wrong() throws Exception {
        Result kind = crm.run("eval", "--kind", "everything");
        Path broken = home.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"x\", \"kind\": \"single\", \"request\": \"hi\", \"calls\": []}\n");
        Result file = crm.run("eval", "--cases", broken.toString());

        assertThat(kind.exitCode()).isEqualTo(1);
        assertThat(kind.err()).contains("--kind must be single, multi_step, no_tool, injection or confirmation");
        assertThat(file.exitCode()).isEqualTo(1);
        assertThat(file.err()).contains("--cases: ").contains("line 1").contains("no_tool");
    }

    @Test
    void should_tell_how_to_fetch_a_hub_model_that_is_not_there() {
        CliRunner withoutModel = new CliRunner(home, "jdbc:h2:file:" + home.resolve("crm"));

        Result eval = withoutModel.run("eval", "--model", "hf:someone/some-repo/model-q8_0.gguf");

        assertThat(eval.exitCode()).isEqualTo(1);
        assertThat(eval.err()).contains("crm model pull hf:someone/some-repo/model-q8_0.gguf");
    }
}
