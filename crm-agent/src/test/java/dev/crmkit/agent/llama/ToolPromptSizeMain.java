package dev.crmkit.agent.llama;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.engine.InferenceEngine;
import dev.crmkit.agent.engine.Prompt;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Prints the size of the CRM tools' part of the system prompt ({@link ToolPrompt}), whole and per tool, in
 * characters and in a model's tokens, and writes each text to a directory so that another tokenizer (Qwen2.5's,
 * see benchmarks/RESULTS.md "Tool prompt size") can count it too. Not a test: run it by hand.
 *
 * <p>Arguments: model file (its vocabulary counts the tokens), output directory.
 */
public final class ToolPromptSizeMain {

    private ToolPromptSizeMain() {}

    /**
     * @param args see the class comment
     * @throws IOException when the output directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[1]));
        List<ToolSpecification> tools = CrmToolset.specifications();
        try (InferenceEngine engine =
                EngineLoader.load(LlamaCppEngine.JAVA_LLAMA_CPP, Path.of(args[0]), 1, 512, 512, 0, false, null)) {
            String whole = ToolPrompt.describe(grammar(tools));
            Files.writeString(out.resolve("all.txt"), whole);
            System.out.printf(
                    "all %d tools: %d chars, %d tokens%n",
                    tools.size(), whole.length(), engine.countTokens(Prompt.plain(whole)));
            for (ToolSpecification tool : tools) {
                String line = ToolPrompt.entry(tool);
                Files.writeString(out.resolve(tool.name() + ".txt"), line);
                System.out.printf("%s\t%d\t%d%n", tool.name(), line.length(), engine.countTokens(Prompt.plain(line)));
            }
        }
        System.exit(0); // java-llama.cpp leaves a non-daemon native thread behind
    }

    private static ToolCallGrammar grammar(List<ToolSpecification> tools) {
        return new ToolCallGrammar("", tools, true, 2000, 0, "", 0, Map.of());
    }
}
