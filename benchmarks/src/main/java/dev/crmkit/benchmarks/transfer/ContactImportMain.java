package dev.crmkit.benchmarks.transfer;

import dev.crmkit.benchmarks.BenchmarkDatabase;
import dev.crmkit.core.Crm;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.transfer.ContactImporter;
import dev.crmkit.core.transfer.ImportReport;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a generated CSV of {@code rows} contacts (UTF-8, with a BOM, {@code ;}-separated, every
 * column filled) into a fresh database twice: the first run creates every contact, the second
 * (the same file) must change nothing. Prints rows per second and the peak heap of each run. A
 * timed main, not JMH: an import happens once, and its memory is part of the figure.
 *
 * <pre>{@code
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.crmkit.benchmarks.transfer.ContactImportMain \
 *   h2|h2file|postgresql jpa|mybatis [rows]
 * }</pre>
 */
public final class ContactImportMain {

    private ContactImportMain() {}

    /**
     * Runs the two imports and prints their figures.
     *
     * @param args database ({@code h2}, {@code h2file} or {@code postgresql}), adapter ({@code jpa} or {@code mybatis}), rows
     * @throws IOException when the temporary CSV cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        String database = args.length > 0 ? args[0] : "h2";
        String storageKind = args.length > 1 ? args[1] : "mybatis";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path file = Files.createTempFile("contacts", ".csv");
        try {
            write(file, rows);
            try (BenchmarkDatabase db = BenchmarkDatabase.open(database);
                    CrmStorage storage = storageKind.equals("jpa")
                            ? JpaCrmStorage.create(db.dataSource())
                            : MyBatisCrmStorage.create(db.dataSource());
                    Crm crm = Crm.builder().storage(storage).build()) {
                run("first import", crm, file, database, storageKind);
                run("same file again", crm, file, database, storageKind);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void run(String name, Crm crm, Path file, String database, String storage) throws IOException {
        System.gc();
        resetPeaks();
        StringWriter errors = new StringWriter();
        long start = System.nanoTime();
        ImportReport report;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = new ContactImporter(crm).errors(errors).importCsv(in);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s on %s/%s: %s in %.1f s = %,.0f rows/s; peak heap %,d MiB (max %,d MiB); %d row(s) in the error CSV%n",
                name,
                database,
                storage,
                report,
                seconds,
                report.rows() / seconds,
                peakHeap() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                // The error CSV starts with its header line.
                Math.max(0, errors.toString().lines().count() - 1));
    }

    private static void write(Path file, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write("First Name;Last Name;Email;Phone;Company;Position;Notes\r\n");
            for (int i = 0; i < rows; i++) {
                out.write("Given" + i + ";Family" + (i % 997) + ";person" + i + "@example" + (i % 50) + ".com;+1 555 "
                        + (1000 + i % 9000) + ";\"Company " + (i % 1000) + ", Inc.\";Position " + (i % 40)
                        + ";\"Imported row " + i + "; says \"\"hi\"\"\"\r\n");
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the live heap, garbage included. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
