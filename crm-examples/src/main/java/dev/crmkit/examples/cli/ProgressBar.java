package dev.crmkit.examples.cli;

import dev.crmkit.agent.model.DownloadListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A one-line download progress bar on stderr, redrawn in place with {@code \r} only when what it
 * shows changes (each percent, or each MiB when the size is unknown), so a fast download does not
 * flood a slow terminal.
 */
final class ProgressBar implements DownloadListener {

    private static final int WIDTH = 30;
    private static final long MIB = 1024 * 1024;

    private final PrintWriter err;
    private final String name;
    private String last = "";

    ProgressBar(PrintWriter err, String name) {
        this.err = err;
        this.name = name;
    }

    @Override
    public void progress(long bytesDone, OptionalLong totalBytes) {
        String line = line(bytesDone, totalBytes);
        if (!line.equals(last)) {
            last = line;
            err.print("\r" + line);
            err.flush();
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (!last.isEmpty()) {
            err.println();
            err.flush();
        }
    }

    /**
     * Ends the bar's line at 100 % of {@code total}: the work is done, though the progress counted may fall short of
     * it (an import counts characters against the file's size in bytes, so a UTF-8 file with accents stopped at 94 %).
     */
    void finish(long total) {
        if (!last.isEmpty()) {
            progress(total, OptionalLong.of(total));
        }
        finish();
    }

    String line(long done, OptionalLong total) {
        if (total.isEmpty() || total.getAsLong() <= 0) {
            return String.format(Locale.ROOT, "%s  %d MiB", name, done / MIB);
        }
        int percent = (int) Math.min(100, done * 100 / total.getAsLong());
        int filled = percent * WIDTH / 100;
        return String.format(
                Locale.ROOT,
                "%s [%s%s] %3d%% %s / %s",
                name,
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                percent,
                mib(done),
                mib(total.getAsLong()));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
    }
}
