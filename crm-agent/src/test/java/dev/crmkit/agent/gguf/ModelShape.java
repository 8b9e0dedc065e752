package dev.crmkit.agent.gguf;

/**
 * The hyper-parameters that fix a transformer's tensor shapes, and so its speed: what a
 * random-weight benchmark model must share with the real one.
 *
 * @param architecture       llama.cpp architecture name: {@code llama} or {@code qwen2}
 * @param vocabularySize     number of tokens
 * @param embeddingLength    model width
 * @param feedForwardLength  width of the feed-forward layers
 * @param blockCount         number of transformer blocks
 * @param headCount          attention heads
 * @param headCountKv        key/value heads (grouped-query attention)
 * @param contextLength      trained context length
 * @param ropeFreqBase       RoPE frequency base
 * @param rmsNormEpsilon     RMS norm epsilon
 * @param tiedEmbeddings     whether the output projection reuses the token embedding (no {@code output.weight})
 * @param attentionBias      whether q/k/v projections have biases, as in Qwen2
 * @param headDimension      width of one attention head; Qwen3 and Gemma 3 set it apart from the width
 * @param slidingWindow      Gemma 3's sliding attention window in tokens, 0 for none
 */
public record ModelShape(
        String architecture,
        int vocabularySize,
        int embeddingLength,
        int feedForwardLength,
        int blockCount,
        int headCount,
        int headCountKv,
        int contextLength,
        float ropeFreqBase,
        float rmsNormEpsilon,
        boolean tiedEmbeddings,
        boolean attentionBias,
        int headDimension,
        int slidingWindow) {

    private static final java.util.Set<String> ARCHITECTURES = java.util.Set.of("llama", "qwen2", "qwen3", "gemma3");

    public ModelShape {
        if (!ARCHITECTURES.contains(architecture)) {
            throw new IllegalArgumentException("only " + ARCHITECTURES + " shapes can be written, not " + architecture);
        }
        if (headCount % headCountKv != 0) {
            throw new IllegalArgumentException("key/value heads must divide the heads");
        }
        if (vocabularySize < RandomWeightsModel.MINIMUM_VOCABULARY) {
            throw new IllegalArgumentException("the vocabulary needs at least " + RandomWeightsModel.MINIMUM_VOCABULARY
                    + " tokens (specials and the 256 byte tokens)");
        }
    }

    /** A shape whose heads split the width evenly, as in Llama and Qwen2. */
    public ModelShape(
            String architecture,
            int vocabularySize,
            int embeddingLength,
            int feedForwardLength,
            int blockCount,
            int headCount,
            int headCountKv,
            int contextLength,
            float ropeFreqBase,
            float rmsNormEpsilon,
            boolean tiedEmbeddings,
            boolean attentionBias) {
        this(
                architecture,
                vocabularySize,
                embeddingLength,
                feedForwardLength,
                blockCount,
                headCount,
                headCountKv,
                contextLength,
                ropeFreqBase,
                rmsNormEpsilon,
                tiedEmbeddings,
                attentionBias,
                embeddingLength / headCount,
                0);
    }

    /** @return the shapes of Qwen3-0.6B: 28 blocks, 128-wide heads wider than width / heads, q/k norms */
    public static ModelShape qwen3ZeroSixB() {
        return new ModelShape("qwen3", 151936, 1024, 3072, 28, 16, 8, 40960, 1000000f, 1e-6f, true, false, 128, 0);
    }

    /** @return the shapes of Qwen3-1.7B */
    public static ModelShape qwen3OneSevenB() {
        return new ModelShape("qwen3", 151936, 2048, 6144, 28, 16, 8, 40960, 1000000f, 1e-6f, true, false, 128, 0);
    }

    /** @return the shapes of Gemma-3-1B: one key/value head of 256, a 512-token sliding window, post norms */
    public static ModelShape gemma3OneB() {
        return new ModelShape("gemma3", 262144, 1152, 6912, 26, 4, 1, 32768, 1000000f, 1e-6f, true, false, 256, 512);
    }

    /** @return the shapes of Llama-3.2-1B */
    public static ModelShape llama32OneB() {
        return new ModelShape("llama", 128256, 2048, 8192, 16, 32, 8, 131072, 500000f, 1e-5f, true, false);
    }

    /**
     * @param blocks     transformer blocks to keep
     * @param vocabulary tokens to keep
     * @return this shape with fewer blocks and tokens: every tensor of a block keeps its real shape, so a test
     *         exercises the architecture's whole tensor set at a fraction of the size
     */
    public ModelShape shrunk(int blocks, int vocabulary) {
        return new ModelShape(
                architecture,
                vocabulary,
                embeddingLength,
                feedForwardLength,
                blocks,
                headCount,
                headCountKv,
                contextLength,
                ropeFreqBase,
                rmsNormEpsilon,
                tiedEmbeddings,
                attentionBias,
                headDimension,
                slidingWindow);
    }

    /** @return a llama of about 100,000 parameters: loads and generates in milliseconds, for tests */
    public static ModelShape tinyLlama() {
        return new ModelShape("llama", 320, 64, 128, 2, 4, 2, 4096, 10000f, 1e-5f, false, false);
    }

    /** @return the shapes of Qwen2.5-0.5B(-Instruct) */
    public static ModelShape qwen25HalfB() {
        return new ModelShape("qwen2", 151936, 896, 4864, 24, 14, 2, 32768, 1000000f, 1e-6f, true, true);
    }

    /** @return the shapes of Qwen2.5-1.5B(-Instruct) */
    public static ModelShape qwen25OneAndHalfB() {
        return new ModelShape("qwen2", 151936, 1536, 8960, 28, 12, 2, 32768, 1000000f, 1e-6f, true, true);
    }
}
