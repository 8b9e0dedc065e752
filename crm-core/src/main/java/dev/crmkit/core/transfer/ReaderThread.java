package dev.crmkit.core.transfer;

import dev.crmkit.core.kernel.CrmException;
import java.util.concurrent.BlockingQueue;

/** The plumbing between an import and the thread that reads its file ahead of it ({@link CsvImporter}). */
final class ReaderThread {

    private ReaderThread() {}

    /** {@return the reading thread's next hand-over; an interrupted wait is the import's failure} */
    static <T> T take(BlockingQueue<T> steps) {
        try {
            return steps.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException("the import was interrupted", e);
        }
    }

    /** Stops the reading thread and waits for it, so the caller may close the input. */
    static void stop(Thread reader) {
        reader.interrupt();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
