package dev.crmkit.agent.gguf;

import dev.crmkit.agent.gguf.GgufMetadata.GgufArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the header and metadata of a GGUF file (versions 2 and 3) in plain Java, so a file can be
 * checked before any native code touches it. Tensor data is never read.
 *
 * <p>Stateless and thread-safe.
 */
public final class GgufReader {

    /** "GGUF" read as a little-endian 32-bit integer. */
    static final int MAGIC = 0x46554747;
    /** Arrays longer than this are counted, not kept: a vocabulary is not metadata a caller needs. */
    private static final int MAX_KEPT_ARRAY_LENGTH = 1024;

    private GgufReader() {}

    /**
     * Reads the header and all metadata of a GGUF file.
     *
     * @param file the model file
     * @return its metadata
     * @throws GgufFormatException  when the file is not a GGUF file, is truncated or has an unknown version
     * @throws UncheckedIOException when the file cannot be read
     */
    public static GgufMetadata read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(new LittleEndianInput(channel), file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("model file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GGUF file " + file + ": " + e.getMessage(), e);
        }
    }

    private static GgufMetadata read(LittleEndianInput in, Path file) throws IOException {
        if (in.i32() != MAGIC) {
            throw new GgufFormatException(file + " is not a GGUF model file (it does not start with 'GGUF'); "
                    + "llama.cpp only loads GGUF files, convert the model or download its GGUF version");
        }
        int version = in.i32();
        if (version != 2 && version != 3) {
            throw new GgufFormatException(file + " uses GGUF version " + version
                    + ", but only versions 2 and 3 are supported; re-convert it with a current llama.cpp");
        }
        long tensorCount = in.i64();
        long keyCount = in.i64();
        if (tensorCount < 0 || keyCount < 0) {
            throw new GgufFormatException(file + " declares a negative tensor or key count: the file is corrupt");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (long i = 0; i < keyCount; i++) {
            String key = in.string();
            values.put(key, value(in, GgufValueType.of(in.i32())));
        }
        return new GgufMetadata(version, tensorCount, values);
    }

    private static Object value(LittleEndianInput in, GgufValueType type) throws IOException {
        return switch (type) {
            case UINT8 -> (long) in.u8();
            case INT8 -> (long) (byte) in.u8();
            case UINT16 -> (long) in.u16();
            case INT16 -> (long) (short) in.u16();
            case UINT32 -> in.u32();
            case INT32 -> (long) in.i32();
            case FLOAT32 -> Float.intBitsToFloat(in.i32());
            case BOOL -> in.u8() != 0;
            case STRING -> in.string();
            case UINT64, INT64 -> in.i64();
            case FLOAT64 -> Double.longBitsToDouble(in.i64());
            case ARRAY -> array(in);
        };
    }

    private static GgufArray array(LittleEndianInput in) throws IOException {
        GgufValueType elementType = GgufValueType.of(in.i32());
        long length = in.i64();
        if (length < 0) {
            throw new GgufFormatException("a metadata array declares a negative length: the file is corrupt");
        }
        List<Object> kept = new ArrayList<>();
        if (elementType == GgufValueType.STRING && length > MAX_KEPT_ARRAY_LENGTH) {
            // a vocabulary or its merges (150k+ strings): only their lengths are read, to pass over them
            for (long i = 0; i < length; i++) {
                in.skipString();
            }
            return new GgufArray(elementType.name(), length, kept);
        }
        for (long i = 0; i < length; i++) {
            if (elementType.size > 0 && length > MAX_KEPT_ARRAY_LENGTH) {
                in.skip(elementType.size * (length - i));
                break;
            }
            Object element = value(in, elementType);
            if (length <= MAX_KEPT_ARRAY_LENGTH) {
                kept.add(element);
            }
        }
        return new GgufArray(elementType.name(), length, kept);
    }
}
