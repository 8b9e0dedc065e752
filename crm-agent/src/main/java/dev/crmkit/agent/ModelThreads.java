package dev.crmkit.agent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads, so an agent left unclosed never keeps a JVM alive; idle ones end after a minute. */
final class ModelThreads implements ThreadFactory {

    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "crmkit-agent-model-" + counter.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
