package dev.crmkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.storage.memory.InMemoryCrmStorage;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The import's reading thread, which reads and checks rows ahead of the batch being written: the
 * file's order, failures and the thread's end must look as if one thread did everything.
 */
class ReadAheadTest {

    private final Crm crm = Crm.builder().storage(new InMemoryCrmStorage()).build();

    @AfterEach
    void close() {
        crm.close();
    }

    @Test
    void should_write_the_batches_before_a_malformed_row_then_fail_with_its_line_and_undo_them() {
        String csv = "firstName,lastName,email\n" + rows(1, 5) + "Broken,\"Row,broken@example.com\n";
        List<Long> createdSoFar = new ArrayList<>();

        assertThatThrownBy(() -> new ContactImporter(crm)
                        .batchSize(2)
                        .counts(report -> createdSoFar.add(report.created()))
                        .importCsv(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 7");

        // Rows 1–4 filled two batches that were written before the broken row was read; row 5 was
        // still pending, as when one thread read and wrote. The failure then undid both batches.
        assertThat(createdSoFar).containsExactly(2L, 4L);
        assertThat(emails()).isEmpty();
        assertThat(readerThreads()).isEmpty();
    }

    @Test
    void should_report_the_rows_refused_before_a_malformed_row_though_no_batch_followed_them() {
        String csv = "firstName,lastName,email\n" + rows(1, 3) + "Bad,Row,not-an-email\n"
                + "Broken,\"Row,broken@example.com\n";
        StringWriter errors = new StringWriter();
        List<ImportReport> reported = new ArrayList<>();

        assertThatThrownBy(() -> new ContactImporter(crm)
                        .batchSize(2)
                        .errors(errors)
                        .counts(reported::add)
                        .importCsv(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 6");

        // Rows 1–2 were one batch, reported; the refused row came with the failure, after it.
        assertThat(errors.toString()).contains("5,email: must be a valid email address");
        assertThat(reported).containsExactly(new ImportReport(2, 0, 0, 0), new ImportReport(2, 0, 0, 1));
    }

    @Test
    void should_stream_a_file_of_refused_rows_to_the_error_csv_in_line_order() {
        StringBuilder csv = new StringBuilder("firstName,lastName,email\n");
        for (int i = 1; i <= 25; i++) {
            csv.append(i % 5 == 0 ? rows(i, i) : "Bad" + i + ",Row,not-an-email-" + i + "\n");
        }
        StringWriter errors = new StringWriter();

        ImportReport report =
                new ContactImporter(crm).batchSize(3).errors(errors).importCsv(new StringReader(csv.toString()));

        assertThat(report).isEqualTo(new ImportReport(5, 0, 0, 20));
        List<String> refusedLines = errors.toString()
                .lines()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();
        List<String> expected = IntStream.rangeClosed(1, 25)
                .filter(i -> i % 5 != 0)
                .mapToObj(i -> Integer.toString(i + 1))
                .toList();
        assertThat(refusedLines).isEqualTo(expected);
        assertThat(emails()).hasSize(5);
        assertThat(readerThreads()).isEmpty();
    }

    @Test
    void should_report_each_written_batch_and_the_characters_read_in_order() {
        String csv = "firstName,lastName,email\n" + rows(1, 7);
        List<Long> progress = new ArrayList<>();
        List<Long> created = new ArrayList<>();

        ImportReport report = new ContactImporter(crm)
                .batchSize(3)
                .progress(progress::add)
                .counts(soFar -> created.add(soFar.created()))
                .importCsv(new StringReader(csv));

        assertThat(report.created()).isEqualTo(7);
        assertThat(created).containsExactly(3L, 6L);
        assertThat(progress).isSorted().hasSize(3);
        assertThat(progress.get(2)).isEqualTo(csv.length());
    }

    private static String rows(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i <= to; i++) {
            rows.append("Given").append(i).append(",Family,person").append(i).append("@example.com\n");
        }
        return rows.toString();
    }

    private List<String> emails() {
        return Pages.all(cursor ->
                        crm.contacts().find(ContactQuery.all().limit(500).after(cursor)))
                .stream()
                .map(Contact::email)
                .toList();
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("crmkit-import-reader"))
                .toList();
    }
}
