package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one byte of every page of a loaded model's file mapping on a daemon thread, so the first request does not
 * pay for the process's first touch of each page of weights.
 *
 * <p>llama.cpp maps the GGUF file and populates the mapping at load, yet the first {@code llama_decode} of a
 * process still runs ~1.8× slower than the next ones (Qwen2.5-0.5B Q8_0 after a restored 3,901-token prefix: 370
 * against 205 ms, in a C program as in Java): the first access of each of the ~128,000 pages costs ~1.3 µs on
 * the VMs measured. Reading the pages once beforehand removes that (first decode 209–223 ms) and takes ~0.23 s of
 * one core, which {@link NativeEngine#load} spends while the main thread creates the context and restores the
 * prefix, when the second core is idle.
 *
 * <p>The pages are found in {@code /proc/self/maps} (Linux, like the libraries); anything unexpected there
 * means no warm-up, never an error. {@link #close} stops the thread and waits for it: the engine calls it before
 * it frees the model, whose unmapping would otherwise fault the reading thread.
 */
final class MappedWeights implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MappedWeights.class);
    private static final long PAGE = 4096;

    private final @Nullable Thread thread;
    private volatile boolean stopped;

    private MappedWeights(List<long[]> ranges, String name) {
        if (ranges.isEmpty()) {
            this.thread = null;
            return;
        }
        this.thread = new Thread(() -> read(ranges, name), "crmkit-llama-weights");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts reading the pages of {@code file}'s mappings in this process.
     *
     * @param file the model file llama.cpp has mapped
     * @return the running warm-up, to {@link #close} before the model is freed
     */
    static MappedWeights warm(Path file) {
        return new MappedWeights(ranges(file), String.valueOf(file.getFileName()));
    }

    private void read(List<long[]> ranges, String name) {
        long start = System.nanoTime();
        long pages = 0;
        int sum = 0;
        for (long[] range : ranges) {
            Pointer base = new Pointer(range[0]);
            for (long offset = 0; offset < range[1] - range[0]; offset += PAGE) {
                if (stopped) {
                    return;
                }
                sum += base.getByte(offset);
                pages++;
            }
        }
        log.debug(
                "{}: read {} pages of weights in {} ms (checksum {})",
                name,
                pages,
                (System.nanoTime() - start) / 1_000_000,
                sum);
    }

    /** @return the {@code [start, end)} addresses of the mappings of {@code file}, none when unknown */
    static List<long[]> ranges(Path file) {
        List<long[]> ranges = new ArrayList<>();
        try {
            String path = file.toRealPath().toString();
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                // start-end perms offset device inode path
                if (!line.endsWith(path)) {
                    continue;
                }
                String[] fields = line.split("\\s+", 6);
                if (fields.length == 6 && fields[1].startsWith("r") && fields[5].equals(path)) {
                    String[] bounds = fields[0].split("-");
                    ranges.add(
                            new long[] {Long.parseUnsignedLong(bounds[0], 16), Long.parseUnsignedLong(bounds[1], 16)});
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("no warm-up of {}'s pages: {}", file.getFileName(), e.toString());
            return List.of();
        }
        return ranges;
    }

    /** Stops the reading thread and waits for it. */
    @Override
    public void close() {
        stopped = true;
        if (thread != null) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the model must not be freed under the reading thread: keep waiting
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
