package dev.crmkit.agent.gguf;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads GGUF's little-endian primitives, refusing lengths that run past the end of the file. */
final class LittleEndianInput {

    private final InputStream in;
    private final long size;
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
        return bytes(1)[0] & 0xFF;
    }

    int u16() throws IOException {
        byte[] b = bytes(2);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
    }

    int i32() throws IOException {
        byte[] b = bytes(4);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    long u32() throws IOException {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() throws IOException {
        return (u32()) | (u32() << 32);
    }

    String string() throws IOException {
        return new String(bytes(i64()), StandardCharsets.UTF_8);
    }
}
