package dev.crmkit.agent.gguf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a GGUF model with random weights in a given {@link ModelShape}: llama.cpp loads it, tokenizes
 * and generates at the speed of the real model, but the text is noise. Tests use tiny ones to
 * exercise loading, chat templates and grammars on any machine; benchmarks use real-size ones.
 *
 * <p>The vocabulary is SentencePiece-style ({@code tokenizer.ggml.model = llama}): {@code <unk>},
 * {@code <s>}, {@code </s>}, the 256 byte tokens (so any text tokenizes), the requested control
 * tokens (so a chat template's markers are single special tokens), then filler pieces up to the
 * vocabulary size. Every character is one token or more, so a text is several times longer in tokens than
 * with the real model's vocabulary.
 *
 * <p>With {@link #bpeVocabulary} it is a real byte-level BPE vocabulary instead ({@code tokenizer.ggml.model
 * = gpt2}), written as llama.cpp's {@code convert_hf_to_gguf.py} writes the real model's: the tokens, their
 * types and merges, padded up to the shape's vocabulary size with {@code [PAD<id>]} tokens of type unused,
 * and no beginning-of-sequence token added to prompts. Text then tokenizes exactly as in the real model.
 */
public final class RandomWeightsModel {

    /** Three specials and 256 byte tokens. */
    static final int MINIMUM_VOCABULARY = 3 + 256;

    private static final int TOKEN_NORMAL = 1;
    private static final int TOKEN_UNKNOWN = 2;
    private static final int TOKEN_CONTROL = 3;
    private static final int TOKEN_BYTE = 6;

    private final ModelShape shape;
    private GgufTensorType weightType = GgufTensorType.F32;
    private List<String> controlTokens = List.of();
    private String eosToken = "</s>";
    private long seed = 42;
    private String name = "crmkit random weights";
    private Optional<String> chatTemplate = Optional.empty();
    private Optional<BpeVocabulary> bpeVocabulary = Optional.empty();

    private RandomWeightsModel(ModelShape shape) {
        this.shape = Objects.requireNonNull(shape);
    }

    /**
     * @param shape the tensor shapes to write
     * @return a model description to refine, then {@link #write(Path)}
     */
    public static RandomWeightsModel of(ModelShape shape) {
        return new RandomWeightsModel(shape);
    }

    /** @return this, storing 2-D weights as {@code type} (norms and biases stay F32, as in real files) */
    public RandomWeightsModel weightType(GgufTensorType type) {
        this.weightType = Objects.requireNonNull(type);
        return this;
    }

    /** @return this, with a Jinja chat template under {@code tokenizer.chat_template} */
    public RandomWeightsModel chatTemplate(String template) {
        this.chatTemplate = Optional.of(template);
        return this;
    }

    /** @return this, with extra control tokens such as {@code <|im_start|>} */
    public RandomWeightsModel controlTokens(List<String> tokens) {
        this.controlTokens = List.copyOf(tokens);
        return this;
    }

    /**
     * @return this, with {@code vocabulary} instead of the SentencePiece-style one; its own special tokens
     *         then apply, and {@link #controlTokens} and {@link #eosToken} are not used
     */
    public RandomWeightsModel bpeVocabulary(BpeVocabulary vocabulary) {
        this.bpeVocabulary = Optional.of(vocabulary);
        return this;
    }

    /** @return this, ending generation at {@code token} (one of the specials or control tokens) */
    public RandomWeightsModel eosToken(String token) {
        this.eosToken = Objects.requireNonNull(token);
        return this;
    }

    /** @return this, with weights drawn from {@code seed} */
    public RandomWeightsModel seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** @return this, with {@code general.name} set to {@code name} */
    public RandomWeightsModel name(String name) {
        this.name = Objects.requireNonNull(name);
        return this;
    }

    /**
     * Writes the model file.
     *
     * @param target where to write it
     * @throws java.io.UncheckedIOException when it cannot be written
     */
    public void write(Path target) {
        GgufWriter writer = new GgufWriter();
        String arch = shape.architecture();
        writer.putString("general.architecture", arch)
                .putString("general.name", name)
                .putUInt32("general.alignment", 32)
                .putUInt32(arch + ".context_length", shape.contextLength())
                .putUInt32(arch + ".embedding_length", shape.embeddingLength())
                .putUInt32(arch + ".feed_forward_length", shape.feedForwardLength())
                .putUInt32(arch + ".block_count", shape.blockCount())
                .putUInt32(arch + ".attention.head_count", shape.headCount())
                .putUInt32(arch + ".attention.head_count_kv", shape.headCountKv())
                .putFloat32(arch + ".attention.layer_norm_rms_epsilon", shape.rmsNormEpsilon())
                .putFloat32(arch + ".rope.freq_base", shape.ropeFreqBase())
                .putUInt32(arch + ".rope.dimension_count", shape.headDimension())
                .putUInt32(arch + ".attention.key_length", shape.headDimension())
                .putUInt32(arch + ".attention.value_length", shape.headDimension());
        if (shape.slidingWindow() > 0) {
            writer.putUInt32(arch + ".attention.sliding_window", shape.slidingWindow())
                    .putFloat32(arch + ".rope.freq_base_swa", 10000f);
        }
        bpeVocabulary.ifPresentOrElse(
                vocabulary -> writeBpeVocabulary(writer, vocabulary), () -> writeVocabulary(writer));
        chatTemplate.ifPresent(template -> writer.putString(GgufMetadata.CHAT_TEMPLATE, template));
        writeTensors(writer);
        writer.write(target);
    }

    private void writeVocabulary(GgufWriter writer) {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        List<Integer> types = new ArrayList<>(List.of(TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_CONTROL));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(TOKEN_BYTE);
        }
        for (String token : controlTokens) {
            tokens.add(token);
            types.add(TOKEN_CONTROL);
        }
        if (tokens.size() > shape.vocabularySize()) {
            throw new IllegalArgumentException("the vocabulary of " + shape.vocabularySize()
                    + " tokens cannot hold the specials, byte tokens and " + controlTokens.size() + " control tokens");
        }
        for (int filler = 0; tokens.size() < shape.vocabularySize(); filler++) {
            tokens.add("\u2581t" + filler);
            types.add(TOKEN_NORMAL);
        }
        int eos = tokens.indexOf(eosToken);
        if (eos < 0) {
            throw new IllegalArgumentException("eos token " + eosToken + " is neither a special nor a control token");
        }
        float[] scores = new float[tokens.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = types.get(i) == TOKEN_NORMAL ? -i : 0f;
        }
        writer.putString("tokenizer.ggml.model", "llama")
                .putStringArray("tokenizer.ggml.tokens", tokens)
                .putFloat32Array("tokenizer.ggml.scores", scores)
                .putInt32Array(
                        "tokenizer.ggml.token_type",
                        types.stream().mapToInt(Integer::intValue).toArray())
                .putUInt32("tokenizer.ggml.unknown_token_id", 0)
                .putUInt32("tokenizer.ggml.bos_token_id", 1)
                .putUInt32("tokenizer.ggml.eos_token_id", eos)
                .putBool("tokenizer.ggml.add_bos_token", true)
                .putBool("tokenizer.ggml.add_eos_token", false);
    }

    private void writeBpeVocabulary(GgufWriter writer, BpeVocabulary vocabulary) {
        int size = shape.vocabularySize();
        if (vocabulary.tokens().size() > size) {
            throw new IllegalArgumentException("the vocabulary of " + size + " tokens cannot hold the "
                    + vocabulary.tokens().size() + " tokens of the BPE vocabulary");
        }
        // As convert_hf_to_gguf.py does for the embedding rows no token uses (Qwen2.5: 151,665 of 151,936).
        List<String> tokens = new ArrayList<>(vocabulary.tokens());
        int[] types = new int[size];
        for (int id = 0; id < size; id++) {
            if (id < vocabulary.tokens().size()) {
                types[id] = vocabulary.tokenTypes().get(id);
            } else {
                tokens.add("[PAD" + id + "]");
                types[id] = BpeVocabulary.UNUSED;
            }
        }
        writer.putString("tokenizer.ggml.model", "gpt2")
                .putString("tokenizer.ggml.pre", vocabulary.preTokenizer())
                .putStringArray("tokenizer.ggml.tokens", tokens)
                .putInt32Array("tokenizer.ggml.token_type", types)
                .putStringArray("tokenizer.ggml.merges", vocabulary.merges())
                .putUInt32("tokenizer.ggml.bos_token_id", vocabulary.id(vocabulary.bosToken()))
                .putUInt32("tokenizer.ggml.eos_token_id", vocabulary.id(vocabulary.eosToken()))
                .putUInt32("tokenizer.ggml.padding_token_id", vocabulary.id(vocabulary.paddingToken()))
                .putBool("tokenizer.ggml.add_bos_token", false);
    }

    private void writeTensors(GgufWriter writer) {
        long width = shape.embeddingLength();
        long qWidth = (long) shape.headDimension() * shape.headCount();
        long kvWidth = (long) shape.headDimension() * shape.headCountKv();
        boolean qkNorm =
                shape.architecture().equals("qwen3") || shape.architecture().equals("gemma3");
        boolean postNorms = shape.architecture().equals("gemma3");
        long vocabulary = shape.vocabularySize();
        long ffn = shape.feedForwardLength();
        long[] counter = {seed};
        TensorValues ones = TensorValues.constant(1f);
        writer.addTensor("token_embd.weight", weightType, new long[] {width, vocabulary}, random(counter));
        writer.addTensor("output_norm.weight", GgufTensorType.F32, new long[] {width}, ones);
        if (!shape.tiedEmbeddings()) {
            writer.addTensor("output.weight", weightType, new long[] {width, vocabulary}, random(counter));
        }
        for (int i = 0; i < shape.blockCount(); i++) {
            String block = "blk." + i + ".";
            writer.addTensor(block + "attn_norm.weight", GgufTensorType.F32, new long[] {width}, ones)
                    .addTensor(block + "attn_q.weight", weightType, new long[] {width, qWidth}, random(counter))
                    .addTensor(block + "attn_k.weight", weightType, new long[] {width, kvWidth}, random(counter))
                    .addTensor(block + "attn_v.weight", weightType, new long[] {width, kvWidth}, random(counter))
                    .addTensor(block + "attn_output.weight", weightType, new long[] {qWidth, width}, random(counter))
                    .addTensor(block + "ffn_norm.weight", GgufTensorType.F32, new long[] {width}, ones)
                    .addTensor(block + "ffn_gate.weight", weightType, new long[] {width, ffn}, random(counter))
                    .addTensor(block + "ffn_up.weight", weightType, new long[] {width, ffn}, random(counter))
                    .addTensor(block + "ffn_down.weight", weightType, new long[] {ffn, width}, random(counter));
            if (qkNorm) {
                long head = shape.headDimension();
                writer.addTensor(block + "attn_q_norm.weight", GgufTensorType.F32, new long[] {head}, ones)
                        .addTensor(block + "attn_k_norm.weight", GgufTensorType.F32, new long[] {head}, ones);
            }
            if (postNorms) {
                writer.addTensor(block + "post_attention_norm.weight", GgufTensorType.F32, new long[] {width}, ones)
                        .addTensor(block + "post_ffw_norm.weight", GgufTensorType.F32, new long[] {width}, ones);
            }
            if (shape.attentionBias()) {
                writer.addTensor(block + "attn_q.bias", GgufTensorType.F32, new long[] {qWidth}, random(counter))
                        .addTensor(block + "attn_k.bias", GgufTensorType.F32, new long[] {kvWidth}, random(counter))
                        .addTensor(block + "attn_v.bias", GgufTensorType.F32, new long[] {kvWidth}, random(counter));
            }
        }
    }

    /** Each tensor gets its own sequence, so two tensors of one shape are not copies of each other. */
    private static TensorValues random(long[] counter) {
        return TensorValues.uniform(counter[0]++ * 0x632BE59BD9B4E019L, 0.05f);
    }
}
