package dev.crmkit.agent.gguf;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads GGUF's little-endian primitives, refusing lengths that run past the end of the file. */
final class LittleEndianInput {

    private final InputStream in;
    private final long size;
    private final byte[] scratch = new byte[8];
    private long position;

    LittleEndianInput(InputStream in, long size) {
        this.in = in;
        this.size = size;
    }

    long position() {
        return position;
    }

    byte[] bytes(long count) throws IOException {
        if (count < 0 || count > size - position) {
            throw new GgufFormatException("a length of " + count + " bytes at offset " + position
                    + " runs past the end of the file: the GGUF file is truncated or corrupt");
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new GgufFormatException("a single value of " + count + " bytes at offset " + position
                    + " is larger than any real GGUF metadata: the file is corrupt");
        }
        byte[] bytes = in.readNBytes((int) count);
        if (bytes.length != count) {
            throw new EOFException("unexpected end of file at offset " + position);
        }
        position += count;
        return bytes;
    }

    void skip(long count) throws IOException {
        if (count < 0 || count > size - position) {
            throw new GgufFormatException("a length of " + count + " bytes at offset " + position
                    + " runs past the end of the file: the GGUF file is truncated or corrupt");
        }
        in.skipNBytes(count);
        position += count;
    }

    int u8() throws IOException {
        return fill(1)[0] & 0xFF;
    }

    int u16() throws IOException {
        byte[] b = fill(2);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
    }

    int i32() throws IOException {
        byte[] b = fill(4);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    long u32() throws IOException {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() throws IOException {
        byte[] b = fill(8);
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (b[i] & 0xFF);
        }
        return value;
    }

    String string() throws IOException {
        return new String(bytes(i64()), StandardCharsets.UTF_8);
    }

    /** Passes over a string without decoding it, as for the entries of a vocabulary. */
    void skipString() throws IOException {
        skip(i64());
    }

    /** Reads {@code count} (at most 8) bytes into the scratch buffer, which primitives decode without allocating. */
    private byte[] fill(int count) throws IOException {
        if (count > size - position) {
            throw new GgufFormatException("a length of " + count + " bytes at offset " + position
                    + " runs past the end of the file: the GGUF file is truncated or corrupt");
        }
        if (in.readNBytes(scratch, 0, count) != count) {
            throw new EOFException("unexpected end of file at offset " + position);
        }
        position += count;
        return scratch;
    }
}
