package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.transfer.ContactImporter;
import dev.crmkit.core.transfer.CsvReader;
import dev.crmkit.core.transfer.ExportFormat;
import dev.crmkit.core.transfer.Exporter;
import dev.crmkit.core.transfer.ImportReport;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Export of list queries (CSV, JSON Lines, streamed over keyset pages) and the contact import
 * (upsert by email, refused rows to an error CSV, dry run), on the storage under test.
 */
@Tag("transfer")
public abstract class TransferContract extends ContractTest {

    @Test
    void should_export_the_contacts_a_query_matches_as_rfc_4180_csv() {
        Contact tricky = crm().contacts()
                .create(aContact()
                        .withCompany("ACME")
                        .withNotes("says \"hi\", then\r\nleaves; twice")
                        .build());
        crm().contacts().create(aContact().withCompany("Other").build());
        Contact plain = crm().contacts().create(aContact().withCompany("ACME").build());
        StringWriter out = new StringWriter();

        long written = exporter().contacts(ContactQuery.all().withCompany("ACME"), ExportFormat.CSV, out);

        assertThat(written).isEqualTo(2);
        assertThat(out.toString())
                .contains("\"says \"\"hi\"\", then\r\nleaves; twice\"")
                .endsWith("\r\n");
        List<List<String>> records = read(out.toString());
        assertThat(records.get(0)).isEqualTo(Exporter.CONTACT_FIELDS);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(0)).isEqualTo(Long.toString(tricky.id()));
        assertThat(records.get(1).get(7)).isEqualTo(tricky.notes());
        assertThat(records.get(2).get(3)).isEqualTo(plain.email());
        assertThat(records.get(2).get(4)).isEmpty();
    }

    @Test
    void should_export_every_page_of_a_long_query_as_json_lines() {
        Pipeline pipeline = givenPipeline();
        crm().deals()
                .createAll(IntStream.range(0, 1_203)
                        .mapToObj(i -> aDeal(pipeline.id()).amount("10.5").build())
                        .toList());
        crm().deals().create(aDeal(givenPipeline().id()).build());
        StringWriter out = new StringWriter();

        long written = exporter().deals(DealQuery.all().inPipeline(pipeline.id()), ExportFormat.JSONL, out);

        String[] lines = out.toString().split("\n");
        assertThat(written).isEqualTo(1_203);
        assertThat(lines).hasSize(1_203);
        assertThat(lines[0])
                .startsWith("{\"id\":")
                .contains("\"amount\":\"10.5")
                .contains("\"pipelineId\":" + pipeline.id() + ",")
                .contains("\"status\":\"lead\"")
                .contains("\"contactId\":null");
    }

    @Test
    void should_name_the_exported_fields_of_companies_deals_and_tasks_as_documented() {
        Pipeline pipeline = givenPipeline();
        crm().deals()
                .create(aDeal(pipeline.id()).amount("12.50").currency("USD").build());
        crm().tasks().create(aTask().priority(TaskPriority.HIGH).build());
        StringWriter companies = new StringWriter();
        StringWriter deals = new StringWriter();
        StringWriter tasks = new StringWriter();

        exporter().companies(CompanyQuery.all(), ExportFormat.CSV, companies);
        exporter().deals(DealQuery.all(), ExportFormat.CSV, deals);
        exporter().tasks(TaskQuery.all(), ExportFormat.JSONL, tasks);

        assertThat(read(companies.toString()).get(0))
                .isEqualTo(Exporter.COMPANY_FIELDS)
                .containsExactly(
                        "id",
                        "name",
                        "domain",
                        "industry",
                        "size",
                        "phone",
                        "address",
                        "notes",
                        "createdAt",
                        "updatedAt",
                        "version");
        List<List<String>> dealRecords = read(deals.toString());
        assertThat(dealRecords.get(0))
                .containsExactly(
                        "id",
                        "title",
                        "description",
                        "amount",
                        "currency",
                        "pipelineId",
                        "status",
                        "contactId",
                        "expectedCloseDate",
                        "closedAt",
                        "lostReason",
                        "createdAt",
                        "updatedAt",
                        "version",
                        "companyId",
                        "pipeline",
                        "contactEmail",
                        "companyDomain",
                        "tags");
        assertThat(dealRecords.get(1).get(3)).startsWith("12.5");
        assertThat(dealRecords.get(1).subList(4, 6)).containsExactly("USD", Long.toString(pipeline.id()));
        assertThat(dealRecords.get(1).get(15)).isEqualTo(pipeline.name());
        assertThat(tasks.toString())
                .startsWith("{\"id\":")
                .contains("\"title\":\"Task ")
                .contains("\"priority\":\"high\",\"status\":\"todo\",\"contactId\":null,\"dealId\":null,")
                .contains("\"version\":0,\"contactEmail\":null,\"dealTitle\":null}");
    }

    @Test
    void should_import_an_export_into_an_empty_database_as_equal_contacts() throws Exception {
        List<NewContact> commands = new ArrayList<>();
        commands.add(aContact()
                .withFirstName("Zoë")
                .withLastName("O'Brien; \"Jr\"")
                .withPhone("+33 1 23 45 67 89")
                .withCompany("Ünïcødé, Inc.")
                .withPosition("CTO")
                .withNotes("two\nlines, 🚀")
                .build());
        IntStream.range(0, 1_100).forEach(i -> commands.add(aContact().build()));
        List<Contact> before = crm().contacts().createAll(commands);
        StringWriter csv = new StringWriter();
        exporter().contacts(ContactQuery.all(), ExportFormat.CSV, csv);
        ctx().emptyStorage();
        Crm empty = Crm.builder().storage(ctx().storage()).clock(clock()).build();

        ImportReport report = new ContactImporter(empty).importCsv(new StringReader(csv.toString()));

        assertThat(report).isEqualTo(new ImportReport(before.size(), 0, 0, 0));
        List<Contact> after = Pages.all(
                cursor -> empty.contacts().find(ContactQuery.all().limit(500).after(cursor)));
        assertThat(after.stream().map(TransferContract::fields).toList())
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(TransferContract::fields).toList());
    }

    @Test
    void should_change_nothing_when_the_same_file_is_imported_again() {
        String file = "first_name,last_name,email,company,phone\r\n"
                + "Ada,Lovelace,ada@example.com,Analytical,\r\n"
                + "Alan,Turing,alan@example.com,,+44 1\r\n";
        assertThat(importing(file, new ContactImporter(crm()))).isEqualTo(new ImportReport(2, 0, 0, 0));
        List<Contact> first = allContacts();
        events().clear();
        clock().advance(Duration.ofHours(1));

        ImportReport again = importing(file, new ContactImporter(crm()));

        assertThat(again).isEqualTo(new ImportReport(0, 0, 2, 0));
        assertThat(allContacts()).containsExactlyInAnyOrderElementsOf(first);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_update_by_email_ignoring_case_and_clear_an_empty_cell() {
        Contact stored = crm().contacts()
                .create(aContact()
                        .withEmail("grace@navy.example")
                        .withPhone("+1 555")
                        .withCompany("Navy")
                        .withPosition("Admiral")
                        .build());

        ImportReport report = importing(
                "First Name;Last Name;EMAIL;Company;Phone\n" + stored.firstName() + ";" + stored.lastName()
                        + ";GRACE@Navy.example;US Navy;\n",
                new ContactImporter(crm()));

        assertThat(report).isEqualTo(new ImportReport(0, 1, 0, 0));
        Contact updated = crm().contacts().getById(stored.id());
        assertThat(updated.company()).isEqualTo("US Navy");
        assertThat(updated.phone()).isNull();
        assertThat(updated.position()).isEqualTo("Admiral");
        assertThat(updated.version()).isEqualTo(stored.version() + 1);
    }

    @Test
    void should_refuse_bad_rows_to_the_error_csv_and_import_the_rest() {
        crm().contacts().create(aContact().withEmail("taken@example.com").build());
        StringWriter errors = new StringWriter();
        String file = "\uFEFFfirstName;lastName;email\r\n"
                + "Ada;Lovelace;ada@example.com\r\n"
                + ";Nobody;not-an-email\r\n"
                + "\"Multi\nline\";Name;multi@example.com\r\n"
                + "Bob;;bob@example.com\r\n";

        ImportReport report = importing(file, new ContactImporter(crm()).errors(errors));

        assertThat(report).isEqualTo(new ImportReport(2, 0, 0, 2));
        assertThat(crm().contacts().findByEmail("multi@example.com"))
                .hasValueSatisfying(c -> assertThat(c.firstName()).isEqualTo("Multi\nline"));
        List<List<String>> refused = read(errors.toString());
        assertThat(refused.get(0)).containsExactly("line", "errors", "firstName", "lastName", "email");
        assertThat(refused.get(1).get(0)).isEqualTo("3");
        assertThat(refused.get(1).get(1))
                .contains("firstName: must not be blank")
                .contains("email: must be a valid");
        assertThat(refused.get(2).subList(0, 2)).containsExactly("6", "lastName: must not be blank");
        assertThat(refused.get(2).subList(2, 5)).containsExactly("Bob", "", "bob@example.com");
    }

    @Test
    void should_name_a_refused_field_by_the_column_of_the_file_that_holds_it() {
        StringWriter errors = new StringWriter();
        String file = "first_name,Last Name,E-Mail\n" + ",Nobody,not-an-email\n";

        importing(file, new ContactImporter(crm()).errors(errors));

        List<List<String>> refused = read(errors.toString());
        assertThat(refused.get(1).get(1))
                .contains("first_name: must not be blank")
                .contains("E-Mail: must be a valid")
                .doesNotContain("firstName");
    }

    @Test
    void should_refuse_a_header_with_two_columns_for_one_field() {
        String file = "first_name,last_name,email,First Name\nAda,Lovelace,ada@example.com,Grace\n";

        assertThatThrownBy(() -> importing(file, new ContactImporter(crm())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsEntry(
                                        "columns",
                                        "the header has two columns for firstName: first_name and First Name"));
        assertThat(crm().contacts().findByEmail("ada@example.com")).isEmpty();
    }

    @Test
    void should_report_a_dry_run_without_writing() {
        Contact same = crm().contacts().create(aContact().withCompany(null).build());
        Contact changed = crm().contacts().create(aContact().build());
        events().clear();
        String file = "firstName,lastName,email,company\n"
                + same.firstName() + "," + same.lastName() + "," + same.email() + ",\n"
                + changed.firstName() + "," + changed.lastName() + "," + changed.email() + ",New Co\n"
                + "New,Person,new@example.com,\n"
                + "Bad,Row,bad-email,\n";

        ImportReport report = importing(file, new ContactImporter(crm()).dryRun(true));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 1, 1));
        assertThat(allContacts()).containsExactlyInAnyOrder(same, changed);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_map_a_header_onto_a_field_and_refuse_a_file_without_a_required_column() {
        ImportReport report = importing(
                "Vorname,Nachname,E-Mail-Adresse\nKarl,Marx,karl@example.com\n",
                new ContactImporter(crm())
                        .column("Vorname", "firstName")
                        .column("Nachname", "lastName")
                        .column("E-Mail-Adresse", "email"));

        assertThat(report.created()).isEqualTo(1);
        assertThat(crm().contacts().findByEmail("karl@example.com")).isPresent();
        assertThatThrownBy(() -> importing("name,email\nX,x@example.com\n", new ContactImporter(crm())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("columns", "the header has no column for firstName, lastName"));
    }

    @Test
    void should_refuse_an_empty_file_and_import_a_header_without_rows_as_nothing() {
        assertThatThrownBy(() -> importing("", new ContactImporter(crm())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsEntry(
                                        "columns",
                                        "the file is empty: it needs a header line naming the columns, as an export"
                                                + " writes"));
        assertThat(importing("firstName,lastName,email\n", new ContactImporter(crm())))
                .isEqualTo(new ImportReport(0, 0, 0, 0));
    }

    private Exporter exporter() {
        return new Exporter(crm());
    }

    private static ImportReport importing(String csv, ContactImporter importer) {
        return importer.importCsv(new StringReader(csv));
    }

    private List<Contact> allContacts() {
        return Pages.all(
                cursor -> crm().contacts().find(ContactQuery.all().limit(500).after(cursor)));
    }

    private static List<List<String>> read(String csv) {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    private static List<Object> fields(Contact c) {
        return java.util.Arrays.asList(
                c.firstName(), c.lastName(), c.email(), c.phone(), c.company(), c.position(), c.notes());
    }
}
