package dev.crmkit.examples.web;

import dev.crmkit.core.Crm;
import dev.crmkit.examples.seed.SampleData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The last step of the context's start, before the web server opens its port: waits for the
 * {@link BackgroundStorage} and, with {@code crm.seed}, fills an empty database with the {@link
 * SampleData}. It runs once every singleton exists, while the context refreshes; Boot opens the
 * web server's port only afterwards, when it starts the lifecycle beans. So the first request
 * already finds the storage started and the sample data complete (an {@code ApplicationRunner}
 * runs only after the server answers), and a class-data-sharing training run that exits on refresh
 * ({@code -Dspring.context.exit=onRefresh}) has loaded the adapter's and the seed's classes. A
 * storage that cannot start, or a seed that fails, fails the start.
 */
final class ReadyBeforeServing implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReadyBeforeServing.class);

    private final BackgroundStorage storage;
    private final Crm crm;
    private final boolean seed;

    ReadyBeforeServing(BackgroundStorage storage, Crm crm, boolean seed) {
        this.storage = storage;
        this.crm = crm;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        storage.await();
        log.debug("waited {} ms for the storage", (System.nanoTime() - start) / 1_000_000);
        if (seed) {
            new SampleData(crm).seedIfEmpty();
        }
    }
}
