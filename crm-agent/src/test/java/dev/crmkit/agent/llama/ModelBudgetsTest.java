package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.gguf.GgufMetadata;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelBudgetsTest {

    private static final long GIB = 1L << 30;

    @Test
    void should_give_a_qwen_half_b_its_trained_context() {
        GgufMetadata qwen = model("qwen2", 32_768, 24, 896, 14, 2);

        assertThat(ModelBudgets.kvBytesPerToken(qwen)).isEqualTo(12 * 1024);
        assertThat(ModelBudgets.defaultContextSize(qwen, ModelBudgets.DEFAULT_MEMORY_LIMIT))
                .isEqualTo(32_768);
    }

    @Test
    void should_raise_a_short_trained_context_to_the_floor_the_tools_need() {
        GgufMetadata stories = model("llama", 2_048, 5, 64, 8, 4);

        assertThat(ModelBudgets.defaultContextSize(stories, ModelBudgets.DEFAULT_MEMORY_LIMIT))
                .isEqualTo(ModelBudgets.FLOOR_TOKENS);
    }

    @Test
    void should_cap_the_context_by_the_memory_its_kv_cache_may_take() {
        GgufMetadata llama3b = model("llama", 131_072, 28, 3_072, 24, 8);

        assertThat(ModelBudgets.kvBytesPerToken(llama3b)).isEqualTo(112 * 1024);
        assertThat(ModelBudgets.defaultContextSize(llama3b, 2 * GIB)).isEqualTo((int) (2 * GIB / (112 * 1024)));
        assertThat(ModelBudgets.defaultContextSize(llama3b, GIB / 2)).isEqualTo((int) (GIB / 2 / (112 * 1024)));
    }

    @Test
    void should_allocate_part_of_a_default_context_and_all_of_one_the_host_asked_for() {
        assertThat(ModelBudgets.allocatedContextSize(null, 32_768, false)).isEqualTo(8_192);
        assertThat(ModelBudgets.allocatedContextSize(null, 4_096, false)).isEqualTo(4_096);
        assertThat(ModelBudgets.allocatedContextSize(32_768, 32_768, false)).isEqualTo(32_768);
        assertThat(ModelBudgets.allocatedContextSize(null, 32_768, true))
                .as("the prefix build() prepares sizes the cache")
                .isZero();
        assertThat(ModelBudgets.allocatedContextSize(32_768, 32_768, true))
                .as("a host's size is allocated whole")
                .isEqualTo(32_768);
    }

    private static GgufMetadata model(
            String arch, long context, long layers, long embedding, long heads, long kvHeads) {
        return new GgufMetadata(
                3,
                0,
                Map.of(
                        GgufMetadata.ARCHITECTURE,
                        arch,
                        arch + ".context_length",
                        context,
                        arch + ".block_count",
                        layers,
                        arch + ".embedding_length",
                        embedding,
                        arch + ".attention.head_count",
                        heads,
                        arch + ".attention.head_count_kv",
                        kvHeads));
    }
}
