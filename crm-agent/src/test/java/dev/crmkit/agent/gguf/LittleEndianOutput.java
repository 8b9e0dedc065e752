package dev.crmkit.agent.gguf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/** Buffered little-endian writes to a file channel, counting the bytes written. */
final class LittleEndianOutput implements AutoCloseable {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long position;

    LittleEndianOutput(FileChannel channel) {
        this.channel = channel;
    }

    long position() {
        return position;
    }

    /** @return the buffer, with at least {@code bytes} free, for callers that encode in place */
    ByteBuffer reserve(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
        position += bytes;
        return buffer;
    }

    void u8(int value) throws IOException {
        reserve(1).put((byte) value);
    }

    void i32(int value) throws IOException {
        reserve(4).putInt(value);
    }

    void i64(long value) throws IOException {
        reserve(8).putLong(value);
    }

    void f32(float value) throws IOException {
        reserve(4).putFloat(value);
    }

    void string(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        i64(bytes.length);
        for (int offset = 0; offset < bytes.length; ) {
            int chunk = Math.min(bytes.length - offset, buffer.capacity());
            reserve(chunk).put(bytes, offset, chunk);
            offset += chunk;
        }
    }

    void padTo(int alignment) throws IOException {
        while (position % alignment != 0) {
            u8(0);
        }
    }

    void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
