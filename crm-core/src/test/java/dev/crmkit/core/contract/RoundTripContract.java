package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.transfer.CompanyImporter;
import dev.crmkit.core.transfer.ContactImporter;
import dev.crmkit.core.transfer.DealImporter;
import dev.crmkit.core.transfer.ExportFormat;
import dev.crmkit.core.transfer.Exporter;
import dev.crmkit.core.transfer.ImportReport;
import dev.crmkit.core.transfer.TaskImporter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Export then import into an empty database gives equal data, for every entity the importers read:
 * the fields, the links (by email, domain, pipeline name and deal title) and the tags; ids,
 * timestamps and versions are the new database's own. The pipeline is created again by name in
 * the empty database (pipelines are not imported).
 */
@Tag("transfer")
public abstract class RoundTripContract extends ContractTest {

    private Pipeline pipeline;
    private String exported = "";

    @BeforeEach
    void givenLinkedRecords() {
        pipeline = crm().pipelines().create(NewPipeline.of("Enterprise; \"EU\""));
        Company acme = crm().companies()
                .create(new NewCompany("ACME, Inc.", "acme.com", "Anvils", "51-200", "+1 555", "1 Road\nTown", "n"));
        crm().companies().create(new NewCompany("No Domain Ltd", null, null, null, null, null, null));
        Contact ada = crm().contacts()
                .create(aContact()
                        .withEmail("ada@example.com")
                        .withPhone("+44 1")
                        .withNotes("two\nlines, \"quoted\"")
                        .build()
                        .withCompanyId(acme.id()));
        crm().tags().replace(TaggableKind.CONTACT, ada.id(), List.of("VIP", "early adopter"));
        crm().contacts().create(aContact().withEmail("alan@example.com").build());
        Deal engines = crm().deals()
                .create(NewDeal.builder("Engines")
                        .pipelineId(pipeline.id())
                        .status("won")
                        .amount("1250.50")
                        .currency("EUR")
                        .contactId(ada.id())
                        .companyId(acme.id())
                        .expectedCloseDate(LocalDate.of(2027, 1, 31))
                        .build());
        crm().tags().replace(TaggableKind.DEAL, engines.id(), List.of("q1"));
        crm().deals()
                .create(NewDeal.builder("Looms")
                        .pipelineId(pipeline.id())
                        .status("lost")
                        .lostReason("price")
                        .build());
        crm().tasks()
                .create(NewTask.builder("Call Ada")
                        .priority(TaskPriority.HIGH)
                        .status(TaskStatus.COMPLETED)
                        .contactId(ada.id())
                        .dealId(engines.id())
                        .dueDate(LocalDate.of(2027, 2, 1))
                        .build());
        crm().tasks()
                .create(NewTask.builder("Write report").description("yearly").build());
    }

    @Test
    void should_import_exported_companies_as_equal_companies() throws Exception {
        List<List<Object>> before = companies(crm());
        Crm empty = exportThenEmpty(out -> new Exporter(crm()).companies(CompanyQuery.all(), ExportFormat.CSV, out));

        ImportReport report = new CompanyImporter(empty).importCsv(new StringReader(exported));

        assertThat(report).isEqualTo(new ImportReport(2, 0, 0, 0));
        assertThat(companies(empty)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void should_import_exported_contacts_as_equal_contacts_with_company_and_tags() throws Exception {
        List<List<Object>> before = contacts(crm());
        List<List<Object>> companies = companies(crm());
        String companyFile = export(out -> new Exporter(crm()).companies(CompanyQuery.all(), ExportFormat.CSV, out));
        Crm empty = exportThenEmpty(out -> new Exporter(crm()).contacts(ContactQuery.all(), ExportFormat.CSV, out));

        new CompanyImporter(empty).importCsv(new StringReader(companyFile));
        ImportReport report = new ContactImporter(empty).importCsv(new StringReader(exported));

        assertThat(report).isEqualTo(new ImportReport(2, 0, 0, 0));
        assertThat(companies(empty)).containsExactlyInAnyOrderElementsOf(companies);
        assertThat(contacts(empty)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void should_import_exported_deals_and_tasks_as_equal_records_with_their_links() throws Exception {
        List<List<Object>> deals = deals(crm());
        List<List<Object>> tasks = tasks(crm());
        String companyFile = export(out -> new Exporter(crm()).companies(CompanyQuery.all(), ExportFormat.CSV, out));
        String contactFile = export(out -> new Exporter(crm()).contacts(ContactQuery.all(), ExportFormat.CSV, out));
        String dealFile = export(out -> new Exporter(crm()).deals(DealQuery.all(), ExportFormat.CSV, out));
        Crm empty = exportThenEmpty(out -> new Exporter(crm()).tasks(TaskQuery.all(), ExportFormat.CSV, out));
        empty.pipelines().create(NewPipeline.of(pipeline.name()));

        new CompanyImporter(empty).importCsv(new StringReader(companyFile));
        new ContactImporter(empty).importCsv(new StringReader(contactFile));
        ImportReport dealReport = new DealImporter(empty).importCsv(new StringReader(dealFile));
        ImportReport taskReport = new TaskImporter(empty).importCsv(new StringReader(exported));
        ImportReport again = new DealImporter(empty).importCsv(new StringReader(dealFile));

        assertThat(dealReport).isEqualTo(new ImportReport(2, 0, 0, 0));
        assertThat(taskReport).isEqualTo(new ImportReport(2, 0, 0, 0));
        assertThat(again).isEqualTo(new ImportReport(0, 0, 2, 0));
        assertThat(deals(empty)).containsExactlyInAnyOrderElementsOf(deals);
        assertThat(tasks(empty)).containsExactlyInAnyOrderElementsOf(tasks);
    }

    @Test
    void should_write_formulas_as_text_keep_numbers_readable_and_import_both_back_unchanged() throws Exception {
        Contact mallory = crm().contacts()
                .create(aContact()
                        .withEmail("mallory@example.com")
                        .withFirstName("=HYPERLINK(\"http://evil.example\",\"x\")")
                        .withLastName("-Smith")
                        .withCompany("@SUM(A1:A9)")
                        .withPosition("'=already quoted")
                        .withNotes("-2+3")
                        .build());
        crm().tags().replace(TaggableKind.CONTACT, mallory.id(), List.of("+1"));
        crm().deals()
                .create(NewDeal.builder("=1+2")
                        .pipelineId(pipeline.id())
                        .description("-5")
                        .amount("1250.50")
                        .currency("EUR")
                        .contactId(mallory.id())
                        .build());
        List<List<Object>> contacts = contacts(crm());
        List<List<Object>> deals = deals(crm());
        String companyFile = export(out -> new Exporter(crm()).companies(CompanyQuery.all(), ExportFormat.CSV, out));
        String contactFile = export(out -> new Exporter(crm()).contacts(ContactQuery.all(), ExportFormat.CSV, out));
        Crm empty = exportThenEmpty(out -> new Exporter(crm()).deals(DealQuery.all(), ExportFormat.CSV, out));
        empty.pipelines().create(NewPipeline.of(pipeline.name()));

        new CompanyImporter(empty).importCsv(new StringReader(companyFile));
        new ContactImporter(empty).importCsv(new StringReader(contactFile));
        new DealImporter(empty).importCsv(new StringReader(exported));

        assertThat(contactFile)
                .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'-Smith,mallory@example.com,")
                .contains(",'@SUM(A1:A9),''=already quoted,'-2+3,")
                .contains(",'+1\r\n");
        assertThat(exported).contains(",'=1+2,-5,1250.50,EUR,");
        assertThat(contacts(empty)).containsExactlyInAnyOrderElementsOf(contacts);
        assertThat(deals(empty)).containsExactlyInAnyOrderElementsOf(deals);
    }

    /** Exports with the writer, then empties the database and returns a CRM over it. */
    private Crm exportThenEmpty(Consumer<StringWriter> export) throws Exception {
        exported = export(export);
        ctx().emptyStorage();
        return Crm.builder().storage(ctx().storage()).clock(clock()).build();
    }

    private static String export(Consumer<StringWriter> export) {
        StringWriter out = new StringWriter();
        export.accept(out);
        return out.toString();
    }

    private static List<List<Object>> companies(Crm crm) {
        return Pages.all(cursor ->
                        crm.companies().find(CompanyQuery.all().limit(500).after(cursor)))
                .stream()
                .map(c -> row(c.name(), c.domain(), c.industry(), c.size(), c.phone(), c.address(), c.notes()))
                .toList();
    }

    private static List<List<Object>> contacts(Crm crm) {
        return Pages.all(cursor ->
                        crm.contacts().find(ContactQuery.all().limit(500).after(cursor)))
                .stream()
                .map(c -> row(
                        c.firstName(),
                        c.lastName(),
                        c.email(),
                        c.phone(),
                        c.company(),
                        c.position(),
                        c.notes(),
                        c.companyId() == null
                                ? null
                                : crm.companies().getById(c.companyId()).domain(),
                        crm.tags().tagsOf(TaggableKind.CONTACT, c.id())))
                .toList();
    }

    private static List<List<Object>> deals(Crm crm) {
        return Pages.all(cursor -> crm.deals().find(DealQuery.all().limit(500).after(cursor))).stream()
                .map(d -> row(
                        d.title(),
                        d.description(),
                        d.value().amount().stripTrailingZeros(),
                        d.value().currency().getCurrencyCode(),
                        crm.pipelines().getById(d.pipelineId()).name(),
                        d.status(),
                        d.contactId() == null
                                ? null
                                : crm.contacts().getById(d.contactId()).email(),
                        d.companyId() == null
                                ? null
                                : crm.companies().getById(d.companyId()).domain(),
                        d.expectedCloseDate(),
                        d.closedAt() != null,
                        d.lostReason(),
                        crm.tags().tagsOf(TaggableKind.DEAL, d.id())))
                .toList();
    }

    private static List<List<Object>> tasks(Crm crm) {
        return Pages.all(cursor -> crm.tasks().find(TaskQuery.all().limit(500).after(cursor))).stream()
                .map(t -> row(
                        t.title(),
                        t.description(),
                        t.priority(),
                        t.status(),
                        t.contactId() == null
                                ? null
                                : crm.contacts().getById(t.contactId()).email(),
                        t.dealId() == null
                                ? null
                                : crm.deals().getById(t.dealId()).title(),
                        t.dueDate(),
                        t.completedAt() != null))
                .toList();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
