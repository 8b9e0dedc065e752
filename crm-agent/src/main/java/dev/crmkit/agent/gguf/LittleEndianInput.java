package dev.crmkit.agent.gguf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Reads GGUF's little-endian primitives, refusing lengths that run past the end of the file.
 *
 * <p>Reads through a window of the file: a vocabulary's 150k+ strings are passed over by moving the window's
 * position, so reading a model's metadata stays a few milliseconds of a restart even before the JIT compiles it.
 */
final class LittleEndianInput {

    private static final int WINDOW = 1 << 20;

    private final FileChannel channel;
    private final long size;
    /** The bytes of the file from {@link #position} on, between the buffer's position and its limit. */
    private final ByteBuffer window =
            ByteBuffer.allocate(WINDOW).order(ByteOrder.LITTLE_ENDIAN).limit(0);

    private long position;

    LittleEndianInput(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long position() {
        return position;
    }

    byte[] bytes(long count) throws IOException {
        requireInFile(count);
        if (count > Integer.MAX_VALUE - 8) {
            throw new GgufFormatException("a single value of " + count + " bytes at offset " + position
                    + " is larger than any real GGUF metadata: the file is corrupt");
        }
        byte[] bytes = new byte[(int) count];
        int buffered = Math.min(window.remaining(), bytes.length);
        window.get(bytes, 0, buffered);
        ByteBuffer rest = ByteBuffer.wrap(bytes, buffered, bytes.length - buffered);
        long at = position + buffered;
        while (rest.hasRemaining()) {
            at += readAt(rest, at);
        }
        position += count;
        return bytes;
    }

    void skip(long count) throws IOException {
        requireInFile(count);
        if (count <= window.remaining()) {
            window.position(window.position() + (int) count);
        } else {
            window.limit(0);
        }
        position += count;
    }

    int u8() throws IOException {
        return fill(1).get() & 0xFF;
    }

    int u16() throws IOException {
        return fill(2).getShort() & 0xFFFF;
    }

    int i32() throws IOException {
        return fill(4).getInt();
    }

    long u32() throws IOException {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() throws IOException {
        return fill(8).getLong();
    }

    String string() throws IOException {
        return new String(bytes(i64()), StandardCharsets.UTF_8);
    }

    /** Passes over a string without decoding it, as for the entries of a vocabulary. */
    void skipString() throws IOException {
        skip(i64());
    }

    private void requireInFile(long count) {
        if (count < 0 || count > size - position) {
            throw new GgufFormatException("a length of " + count + " bytes at offset " + position
                    + " runs past the end of the file: the GGUF file is truncated or corrupt");
        }
    }

    /** Makes {@code count} (at most 8) bytes readable from the window and counts them as read. */
    private ByteBuffer fill(int count) throws IOException {
        requireInFile(count);
        if (window.remaining() < count) {
            window.compact();
            long at = position + window.position();
            while (window.position() < count) {
                at += readAt(window, at);
            }
            window.flip();
        }
        position += count;
        return window;
    }

    private int readAt(ByteBuffer target, long at) throws IOException {
        int read = channel.read(target, at);
        if (read < 0) {
            throw new EOFException("unexpected end of file at offset " + at);
        }
        return read;
    }
}
