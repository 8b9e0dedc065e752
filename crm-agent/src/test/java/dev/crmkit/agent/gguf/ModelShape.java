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
        boolean attentionBias) {

    public ModelShape {
        if (!architecture.equals("llama") && !architecture.equals("qwen2")) {
            throw new IllegalArgumentException("only llama and qwen2 shapes can be written, not " + architecture);
        }
        if (embeddingLength % headCount != 0 || headCount % headCountKv != 0) {
            throw new IllegalArgumentException("heads must divide the width and key/value heads the heads");
        }
        if (vocabularySize < RandomWeightsModel.MINIMUM_VOCABULARY) {
            throw new IllegalArgumentException("the vocabulary needs at least " + RandomWeightsModel.MINIMUM_VOCABULARY
                    + " tokens (specials and the 256 byte tokens)");
        }
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

    /** @return width of one attention head */
    public int headDimension() {
        return embeddingLength / headCount;
    }
}
