package dev.crmkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * The commands' stdout: a write the operating system refuses ends the command, instead of vanishing in a
 * {@link java.io.PrintWriter}, which only sets a flag nobody reads. A full disk ({@code crm export contacts >
 * backup.csv}) is then an error and exit code 1, not a truncated file after exit code 0; a reader that left
 * ({@code crm export contacts | head -1}) ends the command at once and quietly, as it ends {@code cat}, instead of
 * the export going on for nobody. {@link UserErrors#outputLost} says which.
 */
final class Stdout extends Writer {

    private final Writer out;
    /** Once stdout refused a write, the rest is dropped: the command is ending, and its error is said once. */
    private boolean lost;

    Stdout(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        guarded(() -> out.write(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) {
        guarded(() -> out.write(text, offset, length));
    }

    @Override
    public void flush() {
        guarded(() -> out.flush());
    }

    @Override
    public void close() {
        guarded(() -> out.close());
    }

    /** A write to stdout: dropped once stdout refused one, and a refusal ends the command. */
    private void guarded(Output output) {
        if (lost) {
            return;
        }
        try {
            output.run();
        } catch (IOException e) {
            throw lost(e);
        }
    }

    @FunctionalInterface
    private interface Output {
        void run() throws IOException;
    }

    private Lost lost(IOException e) {
        lost = true;
        return new Lost(e);
    }

    /** stdout refused the output; unchecked, so that it passes through PrintWriter and the command to the end. */
    static final class Lost extends UncheckedIOException {

        private static final long serialVersionUID = 1L;

        Lost(IOException cause) {
            super(cause);
        }

        /** {@return whether nobody reads stdout any more: the pipe's reader left (EPIPE, on Linux and macOS)} */
        boolean readerGone() {
            return "Broken pipe".equals(getCause().getMessage());
        }

        /** {@return the operating system's reason, {@code No space left on device}} */
        String reason() {
            String reason = getCause().getMessage();
            return reason != null ? reason : getCause().getClass().getSimpleName();
        }

        /** {@return {@code e} or the first of its causes that is a {@code Lost}, else {@code null}} */
        static @Nullable Lost in(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Lost lost) {
                    return lost;
                }
            }
            return null;
        }
    }
}
