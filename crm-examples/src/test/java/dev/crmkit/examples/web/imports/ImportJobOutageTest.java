package dev.crmkit.examples.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.testing.CuttableStorage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An import job whose database cannot be reached says so in the app's words, not the driver's. */
class ImportJobOutageTest {

    private final CuttableStorage storage = new CuttableStorage();
    private final Crm crm = Crm.builder().storage(storage).build();
    private final ImportJobs jobs = new ImportJobs(crm);

    @AfterEach
    void close() {
        jobs.stop();
        crm.close();
    }

    @Test
    void should_fail_the_job_with_the_apps_outage_sentence_when_the_database_cannot_be_reached() throws Exception {
        storage.down = true;
        byte[] csv = "first_name,last_name,email\nAda,Lovelace,ada@example.com\n".getBytes(StandardCharsets.UTF_8);

        ImportJob job = jobs.start("contacts", false, new ByteArrayInputStream(csv), "admin");

        assertThat(job.awaitFinished(Duration.ofSeconds(30))).isTrue();
        ImportJob.View view = job.view();
        assertThat(view.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(view.error())
                .startsWith(ImportJobs.OUTAGE + "; undo change set ")
                .endsWith(" once the database is back, to revert any rows the import wrote before it stopped")
                .doesNotContain("HikariPool");
        assertThat(Files.readString(job.errorFile()))
                .doesNotContain("HikariPool")
                .contains(ImportJobs.OUTAGE);
    }
}
