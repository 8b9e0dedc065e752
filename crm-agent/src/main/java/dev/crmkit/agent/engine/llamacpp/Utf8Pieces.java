package dev.crmkit.agent.engine.llamacpp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Joins token pieces into text: a token may end in the middle of a UTF-8 character (byte tokens), so the
 * bytes of an incomplete character wait for the next piece. Not thread-safe.
 */
final class Utf8Pieces {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** @return the complete characters now available, possibly empty */
    String append(byte[] bytes, int length) {
        pending.write(bytes, 0, length);
        byte[] all = pending.toByteArray();
        int end = completeLength(all);
        pending.reset();
        pending.write(all, end, all.length - end);
        return new String(all, 0, end, StandardCharsets.UTF_8);
    }

    /** @return whatever is left, invalid bytes replaced */
    String flush() {
        String rest = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        return rest;
    }

    private static int completeLength(byte[] bytes) {
        int i = bytes.length - 1;
        int continuation = 0;
        while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
            i--;
            continuation++;
        }
        if (i < 0) {
            return bytes.length;
        }
        int lead = bytes[i] & 0xFF;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return bytes.length - i < needed ? i : bytes.length;
    }

    @Override
    public String toString() {
        return "Utf8Pieces" + Arrays.toString(pending.toByteArray());
    }
}
