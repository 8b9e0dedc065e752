package dev.crmkit.examples.web.guard;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * Passes a body through while checking that its bytes are well-formed UTF-8 (Unicode table 3-7):
 * no overlong forms such as {@code C0 AF} for {@code /}, no surrogates, nothing past U+10FFFF, no
 * sequence cut short at the end. Jackson decodes some of these leniently, so a body could smuggle
 * a character past any check done on the decoded text. Not thread-safe, like any stream.
 */
final class Utf8CheckingStream extends ServletInputStream {

    private final ServletInputStream delegate;
    /** Continuation bytes still expected in the current sequence. */
    private int pending;
    /** The allowed range of the next continuation byte (narrower right after some lead bytes). */
    private int low = 0x80;

    private int high = 0xBF;
    private long offset;

    Utf8CheckingStream(ServletInputStream delegate) {
        this.delegate = delegate;
    }

    @Override
    public int read() throws IOException {
        int b = delegate.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int length) throws IOException {
        int read = delegate.read(buffer, off, length);
        if (read < 0) {
            atEnd();
        }
        for (int i = 0; i < read; i++) {
            check(buffer[off + i] & 0xFF);
        }
        return read;
    }

    private void check(int b) throws MalformedBodyException {
        if (pending > 0) {
            if (b < low || b > high) {
                throw malformed();
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw malformed();
            }
        }
        offset++;
    }

    private void atEnd() throws MalformedBodyException {
        if (pending > 0) {
            throw malformed();
        }
    }

    private MalformedBodyException malformed() {
        return new MalformedBodyException("the request body is not valid UTF-8 (byte " + offset + ")");
    }

    @Override
    public boolean isFinished() {
        return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
        return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        delegate.setReadListener(listener);
    }
}
