package dev.crmkit.agent.engine.llamacpp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Wall and CPU time of the steps of a load or a restore, for the debug log. The CPU time is the calling
 * thread's (native code and page faults included), so on a loaded machine it shows what a step costs
 * where the wall time shows how long it waited; ggml's worker threads are not counted.
 */
final class StepTimer {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final StringBuilder steps = new StringBuilder();
    private long wall = System.nanoTime();
    private long cpu = cpuNow();

    /** Ends the current step under {@code name} and starts the next. */
    void step(String name) {
        long wallNow = System.nanoTime();
        long cpuNow = cpuNow();
        if (steps.length() > 0) {
            steps.append(", ");
        }
        steps.append(String.format(
                Locale.ROOT, "%s %d ms (cpu %d ms)", name, (wallNow - wall) / 1_000_000, (cpuNow - cpu) / 1_000_000));
        wall = wallNow;
        cpu = cpuNow;
    }

    @Override
    public String toString() {
        return steps.toString();
    }

    private static long cpuNow() {
        try {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
        } catch (UnsupportedOperationException e) {
            return 0;
        }
    }
}
