package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.testing.TestCrm;
import dev.crmkit.agent.testing.TestModels;
import dev.crmkit.core.Crm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps crm-agent's README true: the code between the markers below is compiled and run here, on
 * stories260K and a real H2-backed CRM, and the README must contain it verbatim.
 */
class ReadmeAgentExampleTest {

    private static final Path README = Path.of("README.md");
    private static final Path SOURCE = Path.of("src/test/java/dev/crmkit/agent/ReadmeAgentExampleTest.java");

    @Test
    void should_run_the_readme_example_on_the_native_model() {
        Path modelFile = TestModels.stories260K();
        // Today's date, so the example apps' real-model tests restore this prefix: see TestCrm.openToday().
        try (TestCrm testCrm = TestCrm.openToday()) {
            Crm crm = testCrm.crm();
            // README:start
            LlamaCppChatModel model = LlamaCppChatModel.builder()
                    .modelPath(modelFile) // e.g. qwen2.5-1.5b-instruct-q4_k_m.gguf
                    .build(); // context and output budgets come from the model
            CrmAgent agent = CrmAgent.builder()
                    .crm(crm)
                    .chatModel(model)
                    .streamingChatModel(model.streaming())
                    .build();

            AgentReply reply = agent.chat("alice", "Create a contact named John Doe with email john@example.com");
            for (AgentAction proposed : reply.pending()) { // deletes wait for the host's decision
                agent.reject("alice", proposed.id()); // or agent.confirm("alice", proposed.id())
            }
            agent.close(); // then model.close()
            // README:end
            model.close();
            assertThat(agent.pending("alice")).isEmpty();
            assertThat(agent.actions("alice"))
                    .extracting(AgentAction::status)
                    .doesNotContain(AgentAction.Status.PENDING, AgentAction.Status.CONFIRMED);
            assertThat(agent.history("alice")).extracting(AgentMessage::text).endsWith(reply.text());
        }
    }

    @Test
    void should_find_the_example_verbatim_in_the_readme() throws IOException {
        assertThat(Files.readString(README)).contains(example());
    }

    private static String example() throws IOException {
        Matcher matcher = Pattern.compile("// README:start\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL)
                .matcher(Files.readString(SOURCE));
        assertThat(matcher.find()).as("README markers in %s", SOURCE).isTrue();
        List<String> lines = Arrays.asList(matcher.group(1).split("\n"));
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n"));
    }
}
