package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import dev.crmkit.examples.web.imports.ImportJobs;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/imports} and the {@code /imports} page: a CSV upload becomes a job with progress, counts and an error CSV. */
@WebAppTest
class ImportsApiTest {

    private static final String BOUNDARY = "crmkit-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    ImportJobs jobs;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_run_an_uploaded_csv_as_a_job_with_counts_and_an_error_csv_and_change_nothing_the_second_time()
            throws Exception {
        String ada = uniqueEmail("ada");
        String csv = "\uFEFFFirst Name;Last Name;Email\r\n"
                + "Ada;Lovelace;" + ada + "\r\n"
                + "Bad;Row;not-an-email\r\n"
                + "Alan;Turing;" + uniqueEmail("alan") + "\r\n";

        Reply dryRun = finished(upload("contacts", csv, true));
        Reply afterDryRun = api.get("/api/v1/contacts?q=" + ada);
        Reply first = finished(upload("contacts", csv, false));
        Reply errors = api.get(first.json().path("errors_url").asString());
        Reply second = finished(upload("contacts", csv, false));

        assertThat(dryRun.json().path("dry_run").asBoolean()).isTrue();
        assertThat(dryRun.json().path("created").asLong()).isEqualTo(2);
        assertThat(afterDryRun.json().path("items")).isEmpty();
        assertThat(first.json().path("status").asString()).isEqualTo("done");
        assertThat(first.json().path("percent").asInt()).isEqualTo(100);
        assertThat(first.json().path("created").asLong()).isEqualTo(2);
        assertThat(first.json().path("refused").asLong()).isEqualTo(1);
        assertThat(errors.status()).as(errors.toString()).isEqualTo(200);
        assertThat(errors.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(errors.body())
                .startsWith("line,errors,First Name,Last Name,Email\r\n")
                .contains("3,Email: must be a valid email address");
        assertThat(second.json().path("unchanged").asLong()).isEqualTo(2);
        assertThat(second.json().path("created").asLong()).isZero();
        long created = api.get("/api/v1/contacts?q=" + ada)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        JsonNode actor = api.get("/api/v1/contacts/" + created + "/history")
                .json()
                .path("items")
                .get(0)
                .path("actor");
        assertThat(actor.path("kind").asString()).isEqualTo("import");
        assertThat(actor.path("on_behalf_of").asString())
                .as("the import is recorded with the user who started it")
                .isEqualTo(ApiClient.ADMIN);
        assertThat(actor.path("description").asString()).endsWith(" for admin");
    }

    @Test
    void should_refuse_an_unknown_entity_and_a_missing_file_naming_the_field() {
        Reply unknown = upload("invoices", "name\nx\n", false);
        Reply noFile = api.send(api.request("/api/v1/imports?entity=contacts")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "--\r\n")));
        Reply missing = api.get("/api/v1/imports/999999");

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.body()).contains("entity").contains("must be one of companies, contacts, deals, tasks");
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
        assertThat(noFile.body()).contains("file");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void should_answer_400_naming_the_body_for_a_multipart_request_without_a_boundary() {
        Reply reply = api.send(api.request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("entity=contacts")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.errors().path("body").asString()).contains("boundary");
    }

    @Test
    void should_refuse_a_misspelt_part_and_import_nothing_instead_of_running_the_import_for_real() throws Exception {
        String ada = uniqueEmail("ada");
        String csv = "first_name,last_name,email\nAda,Lovelace," + ada + "\n";
        String body = part("entity", "contacts")
                + part("dryRun", "true")
                + filePart("file", csv)
                + "--" + BOUNDARY + "--\r\n";

        Reply reply = multipart(body);
        // Jobs run one after another: once a later one has finished, any job the refused upload started has too.
        finished(upload("contacts", csv, true));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errors().path("dryRun").asString())
                .isEqualTo("is not a part of this request; the parts are file, entity, dry_run");
        assertThat(api.get("/api/v1/contacts?q=" + ada).json().path("items")).isEmpty();
    }

    @Test
    void should_refuse_two_files_or_two_entities_instead_of_dropping_one() {
        String twoFiles = part("entity", "contacts")
                + filePart("file", "first_name,last_name,email\nAda,Lovelace," + uniqueEmail("ada") + "\n")
                + filePart("file", "first_name,last_name,email\nAlan,Turing," + uniqueEmail("alan") + "\n")
                + "--" + BOUNDARY + "--\r\n";
        String twoEntities = part("entity", "contacts")
                + part("entity", "companies")
                + filePart("file", "name\nAcme\n")
                + "--" + BOUNDARY + "--\r\n";

        Reply files = multipart(twoFiles);
        Reply entities = multipart(twoEntities);

        assertThat(files.status()).as(files.toString()).isEqualTo(400);
        assertThat(files.errors().path("file").asString()).isEqualTo("is given 2 times; give it once");
        assertThat(entities.status()).as(entities.toString()).isEqualTo(400);
        assertThat(entities.errors().path("entity").asString()).isEqualTo("is given 2 times; give it once");
    }

    @Test
    void should_fail_a_job_whose_header_lacks_a_required_column_and_list_that_as_its_error() throws Exception {
        Reply job = finished(upload("companies", "domain\nacme.com\n", false));
        Reply errors = api.get(job.json().path("errors_url").asString());

        assertThat(job.json().path("status").asString()).isEqualTo("failed");
        assertThat(job.json().path("error").asString()).isEqualTo("the header has no column for name");
        assertThat(errors.status()).as(errors.toString()).isEqualTo(200);
        assertThat(errors.body()).isEqualTo("line,errors\r\n,the header has no column for name\r\n");
    }

    @Test
    void should_list_the_rows_refused_before_a_failure_and_the_failure_in_a_failed_jobs_error_csv() throws Exception {
        String csv = "first_name,last_name,email\n" + "Bad,Row,not-an-email\n" + "\"unclosed,L,x@example.com\n";

        Reply job = finished(upload("contacts", csv, false));
        Reply errors = api.get(job.json().path("errors_url").asString());

        assertThat(job.json().path("status").asString()).isEqualTo("failed");
        assertThat(job.json().path("refused").asLong()).isEqualTo(1);
        assertThat(errors.status()).as(errors.toString()).isEqualTo(200);
        assertThat(errors.body())
                .startsWith("line,errors,first_name,last_name,email\r\n2,email: must be a valid email address")
                .endsWith("\r\n,line 3: a quoted field is not closed\r\n");
    }

    @Test
    void should_keep_counting_the_rows_refused_in_a_batch_written_before_a_failure_on_the_job_and_its_page()
            throws Exception {
        String marker = uniqueEmail("undone").replace("@", "-");
        StringBuilder csv = new StringBuilder("first_name,last_name,email\n").append("Bad,Row,not-an-email\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("F,L,").append(i).append(marker).append("@example.com\n");
        }
        csv.append("\"unclosed,L,last@example.com\n");

        Reply job = finished(upload("contacts", csv.toString(), false));
        long id = job.json().path("id").asLong();
        Reply errors = api.get("/api/v1/imports/" + id + "/errors");
        Reply page = ApiClient.loggedIn(port).get("/imports/" + id);

        assertThat(job.json().path("status").asString()).isEqualTo("failed");
        assertThat(job.json().path("created").asLong()).isZero();
        assertThat(job.json().path("refused").asLong()).isEqualTo(1);
        assertThat(errors.body())
                .startsWith("line,errors,first_name,last_name,email\r\n2,email: must be a valid email address")
                .endsWith("\r\n,line 1203: a quoted field is not closed\r\n");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"import-refused\">1<").contains("id=\"import-created\">0<");
    }

    @Test
    void should_fail_a_job_whose_file_is_not_utf_8() throws Exception {
        Reply job = finished(upload("companies", "name\nCaf\u00e9\n", false, StandardCharsets.ISO_8859_1));

        assertThat(job.json().path("status").asString()).isEqualTo("failed");
        assertThat(job.json().path("error").asString()).isEqualTo("the file is not valid UTF-8");
    }

    @Test
    void should_leave_no_row_of_a_file_found_malformed_after_its_first_batch() throws Exception {
        String marker = uniqueEmail("half").replace("@", "-");
        StringBuilder csv = new StringBuilder("first_name,last_name,email\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("F,L,").append(i).append(marker).append("@example.com\n");
        }
        csv.append("\"unclosed,L,last@example.com\n");

        Reply job = finished(upload("contacts", csv.toString(), false));
        Reply errors = api.get("/api/v1/imports/" + job.json().path("id").asLong() + "/errors");

        assertThat(job.json().path("status").asString()).isEqualTo("failed");
        assertThat(job.json().path("error").asString()).isEqualTo("line 1202: a quoted field is not closed");
        assertThat(job.json().path("created").asLong()).isZero();
        assertThat(job.json().path("change_set_id").isNull()).isTrue();
        assertThat(api.get("/api/v1/contacts?q=" + marker).json().path("items")).isEmpty();
        assertThat(job.json().path("errors_url").asString()).endsWith("/errors");
        assertThat(errors.status()).as(errors.toString()).isEqualTo(200);
        assertThat(errors.body())
                .isEqualTo(
                        "line,errors,first_name,last_name,email\r\n" + ",line 1202: a quoted field is not closed\r\n");
    }

    @Test
    void should_start_an_import_from_the_page_show_its_counts_and_undo_it() throws Exception {
        ApiClient browser = ApiClient.loggedIn(port);
        browser.get("/imports");
        String domain = uniqueEmail("p").replace("@", ".");
        String body = part("entity", "companies")
                + part("_csrf", browser.csrfToken().orElseThrow())
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nname,domain\nPage Co," + domain + "\r\n"
                + "--" + BOUNDARY + "--\r\n";

        Reply started = browser.send(browser.request("/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = started.header("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jobs.get(id, ApiClient.ADMIN).awaitFinished(Duration.ofMinutes(2)))
                .isTrue();
        Reply page = browser.get("/imports/" + id);

        assertThat(started.status()).as(started.toString()).isEqualTo(302);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Import of companies").contains("id=\"import-created\">1<");
        String changeSet =
                api.get("/api/v1/imports/" + id).json().path("change_set_id").asString();
        assertThat(changeSet).isNotBlank();
        assertThat(page.body()).contains("id=\"import-undo\"");

        Reply undone = browser.form(
                "/imports/" + id + "/undo", "_csrf=" + browser.csrfToken().orElseThrow());

        assertThat(undone.status()).as(undone.toString()).isEqualTo(302);
        assertThat(browser.get("/imports/" + id).body()).contains("Undid the import (1 record change)");
        assertThat(api.get("/api/v1/companies?q=" + domain).json().path("items").size())
                .isZero();
        assertThat(browser.form(
                                "/imports/" + id + "/undo",
                                "_csrf=" + browser.csrfToken().orElseThrow())
                        .status())
                .as("a second undo finds the set undone: the page says so, nothing changes")
                .isEqualTo(302);
    }

    @Test
    void should_offer_contacts_first_and_keep_the_choices_of_a_refused_upload() {
        ApiClient browser = ApiClient.loggedIn(port);
        Reply empty = browser.get("/imports");
        String body = part("entity", "deals")
                + part("dry_run", "true")
                + part("_csrf", browser.csrfToken().orElseThrow())
                // what a browser sends when no file was chosen
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n"
                + "--" + BOUNDARY + "--\r\n";

        Reply refused = browser.send(browser.request("/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(empty.body())
                .containsSubsequence(
                        "<option value=\"contacts\" selected=\"selected\">Contacts</option>",
                        "<option value=\"companies\">Companies</option>",
                        "<option value=\"deals\">Deals</option>",
                        "<option value=\"tasks\">Tasks</option>")
                .doesNotContain("checked=\"checked\"");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Choose a CSV file to import.")
                .contains("<option value=\"deals\" selected=\"selected\">Deals</option>")
                .contains("<option value=\"contacts\">Contacts</option>")
                .contains("id=\"dry-run\" checked=\"checked\"");
    }

    private Reply upload(String entity, String csv, boolean dryRun) {
        return upload(entity, csv, dryRun, StandardCharsets.UTF_8);
    }

    private Reply upload(String entity, String csv, boolean dryRun, Charset charset) {
        String body = part("entity", entity)
                + part("dry_run", Boolean.toString(dryRun))
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"in.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return api.send(api.request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(charset))));
    }

    /** Waits for the job the reply started, then reads it. */
    private Reply finished(Reply started) throws InterruptedException {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).isPresent();
        long id = started.json().path("id").asLong();
        assertThat(jobs.get(id, ApiClient.ADMIN).awaitFinished(Duration.ofMinutes(2)))
                .isTrue();
        return api.get("/api/v1/imports/" + id);
    }

    private Reply multipart(String body) {
        return api.send(api.request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String filePart(String name, String csv) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"in.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n";
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
