package dev.crmkit.agent.gguf;

/**
 * The tensor element types {@link GgufWriter} can write, with ggml's numeric ids and block layouts.
 *
 * <p>Quantised types store blocks of {@link #blockSize()} values; a tensor's first dimension must be
 * a multiple of the block size.
 */
public enum GgufTensorType {
    /** 32-bit floats. */
    F32(0, 1, 4),
    /** IEEE half-precision floats. */
    F16(1, 1, 2),
    /** Blocks of 32 values: one f16 scale and 32 four-bit quants (18 bytes). */
    Q4_0(2, 32, 18),
    /** Blocks of 32 values: one f16 scale and 32 signed eight-bit quants (34 bytes). */
    Q8_0(8, 32, 34);

    private final int id;
    private final int blockSize;
    private final int bytesPerBlock;

    GgufTensorType(int id, int blockSize, int bytesPerBlock) {
        this.id = id;
        this.blockSize = blockSize;
        this.bytesPerBlock = bytesPerBlock;
    }

    /** @return ggml's id of this type, as stored in a tensor info */
    public int id() {
        return id;
    }

    /** @return how many values one block holds */
    public int blockSize() {
        return blockSize;
    }

    /** @return how many bytes one block takes */
    public int bytesPerBlock() {
        return bytesPerBlock;
    }

    /**
     * @param elements number of values, a multiple of {@link #blockSize()}
     * @return the bytes these values take in the file
     */
    public long byteSize(long elements) {
        return elements / blockSize * bytesPerBlock;
    }
}
