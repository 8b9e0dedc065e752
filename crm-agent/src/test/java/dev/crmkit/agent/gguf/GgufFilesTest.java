package dev.crmkit.agent.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.TestModels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufFilesTest {

    @TempDir
    Path directory;

    @Test
    void should_read_architecture_context_length_and_absent_template_of_stories260K() {
        GgufMetadata metadata = GgufReader.read(TestModels.stories260K());

        assertThat(metadata.version()).isEqualTo(3);
        assertThat(metadata.architecture()).isEqualTo("llama");
        assertThat(metadata.contextLength()).hasValue(2048);
        assertThat(metadata.chatTemplate()).isEmpty();
        assertThat(metadata.tensorCount()).isEqualTo(48);
    }

    @Test
    void should_read_back_what_the_writer_wrote() {
        Path file = TestModels.tinyChatMlModel(directory);

        GgufMetadata metadata = GgufReader.read(file);

        assertThat(metadata.architecture()).isEqualTo("llama");
        assertThat(metadata.chatTemplate()).hasValue(TestModels.CHATML_JINJA);
        assertThat(metadata.contextLength()).hasValue(ModelShape.tinyLlama().contextLength());
        assertThat(metadata.values().get("tokenizer.ggml.tokens"))
                .isInstanceOfSatisfying(GgufMetadata.GgufArray.class, tokens -> {
                    assertThat(tokens.length()).isEqualTo(ModelShape.tinyLlama().vocabularySize());
                    assertThat(tokens.elements()).startsWith("<unk>", "<s>", "</s>", "<0x00>");
                });
        assertThat(metadata.tensorCount())
                .isEqualTo(3 + 9L * ModelShape.tinyLlama().blockCount());
    }

    @Test
    void should_lay_out_tensor_data_at_aligned_offsets_with_the_sizes_of_its_type() throws IOException {
        Path file = directory.resolve("two-tensors.gguf");
        new GgufWriter()
                .putString("general.architecture", "llama")
                .addTensor("a", GgufTensorType.Q8_0, new long[] {64}, TensorValues.constant(1f))
                .addTensor("b", GgufTensorType.Q4_0, new long[] {32, 2}, TensorValues.constant(-1f))
                .write(file);

        byte[] bytes = Files.readAllBytes(file);
        int dataStart = bytes.length - (2 * 34 + 28 + 2 * 18); // a: 68 bytes, padded to 96; b: 36 bytes
        ByteBuffer data =
                ByteBuffer.wrap(bytes, dataStart, bytes.length - dataStart).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(dataStart % 32).isZero();
        assertThat(data.getShort()).as("f16 scale 1/127").isEqualTo(BlockQuantizer.halfBits(1f / 127f));
        assertThat(data.get()).as("1.0 quantised at full scale").isEqualTo((byte) 127);
        assertThat(directory.resolve("two-tensors.gguf.part"))
                .as("no temporary file left")
                .doesNotExist();
    }

    @Test
    void should_refuse_a_file_that_is_not_gguf_with_a_message_saying_so() throws IOException {
        Path text = Files.writeString(directory.resolve("model.gguf"), "this is a text file, not a model");

        assertThatThrownBy(() -> GgufReader.read(text))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("is not a GGUF model file");
    }

    @Test
    void should_refuse_an_unknown_gguf_version() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(24)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(GgufReader.MAGIC)
                .putInt(1);
        Path file = Files.write(directory.resolve("v1.gguf"), header.array());

        assertThatThrownBy(() -> GgufReader.read(file))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("version 1");
    }

    @Test
    void should_pass_over_a_long_string_array_and_read_the_keys_after_it() {
        List<String> vocabulary = java.util.stream.IntStream.range(0, 5000)
                .mapToObj(i -> "token-" + "x".repeat(i % 7) + i)
                .toList();
        Path file = directory.resolve("vocab.gguf");
        new GgufWriter()
                .putString("general.architecture", "llama")
                .putStringArray("tokenizer.ggml.tokens", vocabulary)
                .putUInt32("llama.context_length", 4321)
                .putString("tokenizer.chat_template", "after the vocabulary")
                .write(file);

        GgufMetadata metadata = GgufReader.read(file);

        assertThat(metadata.values().get("tokenizer.ggml.tokens"))
                .isInstanceOfSatisfying(GgufMetadata.GgufArray.class, tokens -> {
                    assertThat(tokens.length()).isEqualTo(5000);
                    assertThat(tokens.elements()).isEmpty();
                });
        assertThat(metadata.contextLength()).hasValue(4321);
        assertThat(metadata.chatTemplate()).hasValue("after the vocabulary");
    }

    @Test
    void should_refuse_a_file_cut_inside_a_long_string_array() throws IOException {
        Path file = directory.resolve("vocab.gguf");
        new GgufWriter()
                .putString("general.architecture", "llama")
                .putStringArray(
                        "tokenizer.ggml.tokens",
                        java.util.stream.IntStream.range(0, 5000)
                                .mapToObj(i -> "t" + i)
                                .toList())
                .write(file);
        byte[] whole = Files.readAllBytes(file);
        Path cut = Files.write(directory.resolve("cut.gguf"), java.util.Arrays.copyOf(whole, 20_000));

        assertThatThrownBy(() -> GgufReader.read(cut))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void should_refuse_a_truncated_file_instead_of_reading_past_its_end() throws IOException {
        byte[] whole = Files.readAllBytes(TestModels.tinyChatMlModel(directory));
        Path cut = Files.write(directory.resolve("cut.gguf"), java.util.Arrays.copyOf(whole, 200));

        assertThatThrownBy(() -> GgufReader.read(cut))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void should_refuse_a_quantised_tensor_whose_rows_do_not_fill_whole_blocks() {
        assertThatThrownBy(() -> new GgufWriter()
                        .addTensor("t", GgufTensorType.Q4_0, new long[] {48}, TensorValues.constant(0f)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blocks hold 32 values");
    }

    @Test
    void should_describe_the_benchmark_shapes_of_qwen25() {
        assertThat(List.of(ModelShape.qwen25HalfB(), ModelShape.qwen25OneAndHalfB()))
                .allSatisfy(shape -> {
                    assertThat(shape.architecture()).isEqualTo("qwen2");
                    assertThat(shape.embeddingLength() % 32).isZero();
                    assertThat(shape.feedForwardLength() % 32).isZero();
                });
        assertThat(ModelShape.qwen25HalfB().headDimension()).isEqualTo(64);
        assertThat(ModelShape.qwen25OneAndHalfB().headDimension()).isEqualTo(128);
    }
}
