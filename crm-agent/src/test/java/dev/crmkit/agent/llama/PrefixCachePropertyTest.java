package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.CrmTools;
import dev.crmkit.agent.testing.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@value LlamaCppChatModel#PREFIX_CACHE_PROPERTY} gives every model without its own {@code prefixCache} a
 * directory of saved prefixes: a second model (a second test class, a restarted process) restores the prefix
 * the first one evaluated. The build points it at one directory for all test classes.
 */
class PrefixCachePropertyTest {

    private static final String SYSTEM = "You are the assistant of a CRM. Use the tools to act.";

    private String previous;

    @BeforeEach
    void remember() {
        EngineRequirements.requireCrmkitEngine();
        previous = System.getProperty(LlamaCppChatModel.PREFIX_CACHE_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(LlamaCppChatModel.PREFIX_CACHE_PROPERTY);
        } else {
            System.setProperty(LlamaCppChatModel.PREFIX_CACHE_PROPERTY, previous);
        }
    }

    @Test
    void should_save_to_and_restore_from_the_directory_the_property_names(@TempDir Path cache) throws IOException {
        System.setProperty(LlamaCppChatModel.PREFIX_CACHE_PROPERTY, cache.toString());

        try (LlamaCppChatModel first = model()) {
            assertThat(first.preparePrefix(SYSTEM, CrmTools.all()))
                    .as("nothing saved yet")
                    .isFalse();
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(file -> file.toString().endsWith(".kv"))).hasSize(1);
        }
        try (LlamaCppChatModel second = model()) {
            assertThat(second.preparePrefix(SYSTEM, CrmTools.all()))
                    .as("restored from the directory")
                    .isTrue();
        }
    }

    @Test
    void should_keep_prefixes_in_memory_when_the_property_is_blank() {
        System.setProperty(LlamaCppChatModel.PREFIX_CACHE_PROPERTY, " ");

        try (LlamaCppChatModel first = model()) {
            first.preparePrefix(SYSTEM, CrmTools.all());
        }
        try (LlamaCppChatModel second = model()) {
            assertThat(second.preparePrefix(SYSTEM, CrmTools.all()))
                    .as("evaluated again: nothing was saved")
                    .isFalse();
        }
    }

    private static LlamaCppChatModel model() {
        return LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                .engine(LlamaCppEngine.CRMKIT)
                .contextSize(1024)
                .build();
    }
}
