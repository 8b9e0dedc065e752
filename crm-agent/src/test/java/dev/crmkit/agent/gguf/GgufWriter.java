package dev.crmkit.agent.gguf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes GGUF version 3 files: metadata of any type and tensors in {@link GgufTensorType}s, streamed
 * from {@link TensorValues} so a file of several gigabytes needs no more memory than a small one.
 *
 * <p>Collect metadata and tensors, then call {@link #write(Path)}. The file appears atomically: it is
 * written under a temporary name beside the target and moved into place when complete. Not
 * thread-safe; one writer describes one file.
 */
public final class GgufWriter {

    private static final int ALIGNMENT = 32;

    private final Map<String, MetadataValue> metadata = new LinkedHashMap<>();
    private final List<Tensor> tensors = new ArrayList<>();

    /** @return this writer, with a string value under {@code key} */
    public GgufWriter putString(String key, String value) {
        return put(key, GgufValueType.STRING, out -> out.string(value));
    }

    /** @return this writer, with an unsigned 32-bit value under {@code key} */
    public GgufWriter putUInt32(String key, long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(key + " = " + value + " does not fit an unsigned 32-bit value");
        }
        return put(key, GgufValueType.UINT32, out -> out.i32((int) value));
    }

    /** @return this writer, with a signed 32-bit value under {@code key} */
    public GgufWriter putInt32(String key, int value) {
        return put(key, GgufValueType.INT32, out -> out.i32(value));
    }

    /** @return this writer, with a 32-bit float under {@code key} */
    public GgufWriter putFloat32(String key, float value) {
        return put(key, GgufValueType.FLOAT32, out -> out.f32(value));
    }

    /** @return this writer, with a boolean under {@code key} */
    public GgufWriter putBool(String key, boolean value) {
        return put(key, GgufValueType.BOOL, out -> out.u8(value ? 1 : 0));
    }

    /** @return this writer, with an array of strings under {@code key} */
    public GgufWriter putStringArray(String key, List<String> values) {
        List<String> copy = List.copyOf(values);
        return put(key, GgufValueType.ARRAY, out -> {
            out.i32(GgufValueType.STRING.id);
            out.i64(copy.size());
            for (String value : copy) {
                out.string(value);
            }
        });
    }

    /** @return this writer, with an array of 32-bit floats under {@code key} */
    public GgufWriter putFloat32Array(String key, float[] values) {
        float[] copy = values.clone();
        return put(key, GgufValueType.ARRAY, out -> {
            out.i32(GgufValueType.FLOAT32.id);
            out.i64(copy.length);
            for (float value : copy) {
                out.f32(value);
            }
        });
    }

    /** @return this writer, with an array of signed 32-bit integers under {@code key} */
    public GgufWriter putInt32Array(String key, int[] values) {
        int[] copy = values.clone();
        return put(key, GgufValueType.ARRAY, out -> {
            out.i32(GgufValueType.INT32.id);
            out.i64(copy.length);
            for (int value : copy) {
                out.i32(value);
            }
        });
    }

    /**
     * Adds a tensor.
     *
     * @param name   the tensor name llama.cpp looks for, such as {@code blk.0.attn_q.weight}
     * @param type   how its values are stored
     * @param shape  its dimensions, innermost (row length) first, as ggml counts them
     * @param values its values by flat index
     * @return this writer
     * @throws IllegalArgumentException when the row length is not a multiple of the type's block size
     */
    public GgufWriter addTensor(String name, GgufTensorType type, long[] shape, TensorValues values) {
        long[] dims = shape.clone();
        if (dims.length == 0 || Arrays.stream(dims).anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException(
                    "tensor " + name + " needs positive dimensions: " + Arrays.toString(dims));
        }
        if (dims[0] % type.blockSize() != 0) {
            throw new IllegalArgumentException("tensor " + name + " has rows of " + dims[0] + " values, which " + type
                    + " cannot store: its blocks hold " + type.blockSize() + " values");
        }
        tensors.add(new Tensor(name, type, dims, Objects.requireNonNull(values)));
        return this;
    }

    /**
     * Writes the file.
     *
     * @param target where the file goes; replaced if it exists
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path target) {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(
                            temporary,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE);
                    LittleEndianOutput out = new LittleEndianOutput(channel)) {
                writeHeader(out);
                for (Tensor tensor : tensors) {
                    out.padTo(ALIGNMENT);
                    writeData(tensor, out);
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write GGUF file " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The move failed or succeeded; either way a leftover temporary file is only litter.
            }
        }
    }

    private void writeHeader(LittleEndianOutput out) throws IOException {
        out.i32(GgufReader.MAGIC);
        out.i32(3);
        out.i64(tensors.size());
        out.i64(metadata.size());
        for (Map.Entry<String, MetadataValue> entry : metadata.entrySet()) {
            out.string(entry.getKey());
            out.i32(entry.getValue().type().id);
            entry.getValue().writer().write(out);
        }
        long offset = 0;
        for (Tensor tensor : tensors) {
            out.string(tensor.name());
            out.i32(tensor.shape().length);
            for (long dimension : tensor.shape()) {
                out.i64(dimension);
            }
            out.i32(tensor.type().id());
            out.i64(offset);
            offset = align(offset + tensor.type().byteSize(tensor.elementCount()));
        }
        out.padTo(ALIGNMENT);
    }

    private static void writeData(Tensor tensor, LittleEndianOutput out) throws IOException {
        int blockSize = tensor.type() == GgufTensorType.F32 || tensor.type() == GgufTensorType.F16
                ? 32
                : tensor.type().blockSize();
        int bytesPerBlock = (int) tensor.type().byteSize(blockSize);
        float[] block = new float[blockSize];
        long count = tensor.elementCount();
        for (long start = 0; start < count; start += blockSize) {
            int length = (int) Math.min(blockSize, count - start);
            if (length != block.length) {
                block = new float[length];
                bytesPerBlock = (int) tensor.type().byteSize(length);
            }
            for (int i = 0; i < length; i++) {
                block[i] = tensor.values().at(start + i);
            }
            BlockQuantizer.encode(tensor.type(), block, out.reserve(bytesPerBlock));
        }
    }

    private static long align(long offset) {
        return (offset + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private GgufWriter put(String key, GgufValueType type, ValueWriter writer) {
        metadata.put(Objects.requireNonNull(key), new MetadataValue(type, writer));
        return this;
    }

    @FunctionalInterface
    private interface ValueWriter {
        void write(LittleEndianOutput out) throws IOException;
    }

    private record MetadataValue(GgufValueType type, ValueWriter writer) {}

    private record Tensor(String name, GgufTensorType type, long[] shape, TensorValues values) {

        long elementCount() {
            return Arrays.stream(shape).reduce(1, Math::multiplyExact);
        }
    }
}
