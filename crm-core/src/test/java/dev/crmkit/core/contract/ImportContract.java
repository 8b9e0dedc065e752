package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.transfer.CompanyImporter;
import dev.crmkit.core.transfer.ContactImporter;
import dev.crmkit.core.transfer.CsvImporter;
import dev.crmkit.core.transfer.CsvReader;
import dev.crmkit.core.transfer.DealImporter;
import dev.crmkit.core.transfer.ImportReport;
import dev.crmkit.core.transfer.TaskImporter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The import of companies (upsert by domain), deals (pipeline and stage by name, contact by email,
 * company by domain) and tasks (contact by email, deal by title): reports, error CSV, dry run, and
 * a second import of the same file changing nothing.
 */
@Tag("transfer")
public abstract class ImportContract extends ContractTest {

    @Test
    void should_upsert_companies_by_normalized_domain_and_change_nothing_the_second_time() {
        Company acme = crm().companies().create(new NewCompany("ACME", "acme.com", null, null, null, null, null));
        String file = "Name;Domain;Industry\r\n"
                + "Acme Corp;https://www.ACME.com/;Anvils\r\n"
                + "Globex;globex.example;\r\n"
                + "Initech;;Software\r\n";

        ImportReport first = importing(file, new CompanyImporter(crm()));
        events().clear();
        clock().advance(Duration.ofHours(1));
        List<Company> afterFirst = allCompanies();
        ImportReport second = importing(file, new CompanyImporter(crm()));

        assertThat(first).isEqualTo(new ImportReport(2, 1, 0, 0));
        Company updated = crm().companies().getById(acme.id());
        assertThat(updated.name()).isEqualTo("Acme Corp");
        assertThat(updated.industry()).isEqualTo("Anvils");
        assertThat(afterFirst).hasSize(3);
        assertThat(second).isEqualTo(new ImportReport(0, 0, 3, 0));
        assertThat(allCompanies()).containsExactlyInAnyOrderElementsOf(afterFirst);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_import_deals_by_pipeline_stage_contact_and_company_names() {
        Pipeline sales = crm().pipelines().create(NewPipeline.of("Enterprise"));
        Contact ada =
                crm().contacts().create(aContact().withEmail("ada@example.com").build());
        Company acme = crm().companies().create(new NewCompany("ACME", "acme.com", null, null, null, null, null));
        String file = "title,amount,currency,pipeline,stage,contact email,company domain,expected close date,tags\n"
                + "Engines,1250.50,EUR,Enterprise,Proposal,ADA@example.com,www.acme.com,2027-01-31,\"vip, q1\"\n"
                + "Looms,10,EUR,Enterprise,qualified,,,,\n";

        ImportReport first = importing(file, new DealImporter(crm()));
        List<Deal> deals = allDeals();
        events().clear();
        ImportReport second = importing(file, new DealImporter(crm()));

        assertThat(first).isEqualTo(new ImportReport(2, 0, 0, 0));
        Deal engines = deals.stream()
                .filter(d -> d.title().equals("Engines"))
                .findFirst()
                .orElseThrow();
        assertThat(engines.pipelineId()).isEqualTo(sales.id());
        assertThat(engines.status()).isEqualTo("proposal");
        assertThat(engines.contactId()).isEqualTo(ada.id());
        assertThat(engines.companyId()).isEqualTo(acme.id());
        assertThat(engines.value().amount()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThat(engines.expectedCloseDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(crm().tags().tagsOf(TaggableKind.DEAL, engines.id())).containsExactly("q1", "vip");
        assertThat(second).isEqualTo(new ImportReport(0, 0, 2, 0));
        assertThat(allDeals()).containsExactlyInAnyOrderElementsOf(deals);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_update_a_deal_of_the_file_and_refuse_rows_whose_references_are_unknown() {
        crm().pipelines().create(NewPipeline.of("Enterprise"));
        importing("title,amount,pipeline,stage\nEngines,100,Enterprise,lead\n", new DealImporter(crm()));
        StringWriter errors = new StringWriter();
        String file = "title,amount,pipeline,stage,contactEmail\n"
                + "Engines,200,Enterprise,won,\n"
                + "Ghost,1,Nowhere,lead,\n"
                + "Orphan,1,Enterprise,nirvana,nobody@example.com\n"
                + "Bad,lots,Enterprise,lead,\n";

        ImportReport report = importing(file, new DealImporter(crm()).errors(errors));

        assertThat(report).isEqualTo(new ImportReport(0, 1, 0, 3));
        Deal engines = allDeals().get(0);
        assertThat(engines.value().amount()).isEqualByComparingTo("200");
        assertThat(engines.status()).isEqualTo("won");
        assertThat(engines.closedAt()).isNotNull();
        List<List<String>> refused = read(errors.toString());
        assertThat(refused).extracting(r -> r.get(0)).containsExactlyInAnyOrder("line", "3", "4", "5");
        assertThat(refused).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("pipeline: no pipeline is named Nowhere"));
        assertThat(refused)
                .anySatisfy(r -> assertThat(r.get(1))
                        .contains("stage: pipeline Enterprise has no stage nirvana")
                        .contains("contactEmail: no contact has the email nobody@example.com"));
        assertThat(refused).anySatisfy(r -> assertThat(r.get(1)).startsWith("amount: must be a number"));
    }

    @Test
    void should_report_a_dry_run_of_deals_and_tasks_without_writing() {
        crm().pipelines().create(NewPipeline.of("Enterprise"));
        events().clear();

        ImportReport deals =
                importing("title,pipeline\nEngines,Enterprise\nGhost,Nowhere\n", new DealImporter(crm()).dryRun(true));
        ImportReport tasks =
                importing("title,priority\nCall,high\nBad,whenever\n", new TaskImporter(crm()).dryRun(true));

        assertThat(deals).isEqualTo(new ImportReport(1, 0, 0, 1));
        assertThat(tasks).isEqualTo(new ImportReport(1, 0, 0, 1));
        assertThat(allDeals()).isEmpty();
        assertThat(allTasks()).isEmpty();
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_import_tasks_by_contact_email_and_deal_title_and_change_nothing_the_second_time() {
        Pipeline pipeline = givenPipeline();
        Contact ada =
                crm().contacts().create(aContact().withEmail("ada@example.com").build());
        Deal engines = crm().deals()
                .create(NewDeal.builder("Engines")
                        .pipelineId(pipeline.id())
                        .contactId(ada.id())
                        .build());
        StringWriter errors = new StringWriter();
        String file = "title,priority,status,contactEmail,dealTitle,dueDate\n"
                + "Call Ada,high,in_progress,ada@example.com,Engines,2027-02-01\n"
                + "Call Ada,low,todo,ada@example.com,Engines,2027-03-01\n"
                + "Write,,,,,\n"
                + "Lost,,,,No such deal,\n";

        ImportReport first = importing(file, new TaskImporter(crm()).errors(errors));
        List<Task> tasks = allTasks();
        events().clear();
        ImportReport second = importing(file, new TaskImporter(crm()));

        assertThat(first).isEqualTo(new ImportReport(3, 0, 0, 1));
        assertThat(tasks)
                .filteredOn(t -> t.dueDate() != null && t.dueDate().equals(LocalDate.of(2027, 2, 1)))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.contactId()).isEqualTo(ada.id());
                    assertThat(t.dealId()).isEqualTo(engines.id());
                    assertThat(t.priority()).isEqualTo(TaskPriority.HIGH);
                    assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
                });
        assertThat(read(errors.toString()).get(1))
                .containsExactly(
                        "5", "dealTitle: no deal has the title No such deal", "Lost", "", "", "", "No such deal", "");
        assertThat(second).isEqualTo(new ImportReport(0, 0, 3, 1));
        assertThat(allTasks()).containsExactlyInAnyOrderElementsOf(tasks);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_roll_a_batch_back_when_a_row_fails_on_write_and_refuse_only_that_row() {
        crm().pipelines().create(NewPipeline.of("Enterprise"));
        StringWriter errors = new StringWriter();
        // A lost reason on an open stage is refused by the deal service, inside the batch's bulk
        // create: the batch rolls back and its rows are retried one per transaction.
        String file = "title,pipeline,stage,lostReason\n"
                + "One,Enterprise,lead,\n"
                + "Two,Enterprise,lead,too pricey\n"
                + "Three,Enterprise,lost,too pricey\n";

        ImportReport report = importing(file, new DealImporter(crm()).errors(errors));

        assertThat(report).isEqualTo(new ImportReport(2, 0, 0, 1));
        assertThat(allDeals()).extracting(Deal::title).containsExactlyInAnyOrder("One", "Three");
        List<List<String>> refused = read(errors.toString());
        assertThat(refused).hasSize(2);
        assertThat(refused.get(1).get(0)).isEqualTo("3");
        assertThat(refused.get(1).get(1)).startsWith("lostReason: ");
    }

    @Test
    void should_leave_nothing_written_when_the_file_turns_out_malformed_after_the_first_batches() {
        Contact known = crm().contacts()
                .create(aContact().withEmail("known@example.com").build());
        StringBuilder file = new StringBuilder("first_name,last_name,email\n");
        file.append("Renamed,Known,known@example.com\n");
        for (int i = 0; i < 7; i++) {
            file.append("First").append(i).append(",Last,row").append(i).append("@example.com\n");
        }
        file.append("\"unclosed,Last,broken@example.com\n");
        ContactImporter importer = new ContactImporter(crm()).batchSize(3);

        assertThatThrownBy(() -> importing(file.toString(), importer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 10");

        assertThat(crm().contacts().find(ContactQuery.all()).items())
                .extracting(Contact::email)
                .containsExactly("known@example.com");
        assertThat(crm().contacts().getById(known.id()).firstName()).isEqualTo(known.firstName());
    }

    @Test
    void should_record_the_user_an_import_runs_for_with_each_of_its_writes() {
        ContactImporter importer = new ContactImporter(crm()).onBehalfOf("ada");

        importing("first_name,last_name,email\r\nGrace,Hopper,grace.import@example.com\r\n", importer);

        Contact grace = crm().contacts().findByEmail("grace.import@example.com").orElseThrow();
        Actor actor = crm().audit()
                .history("contact", grace.id(), null, 10)
                .items()
                .get(0)
                .actor();
        assertThat(actor).isEqualTo(Actor.importJob(importer.changeSetId(), "ada"));
        assertThat(actor.describe()).isEqualTo("import " + importer.changeSetId() + " for ada");
        assertThatThrownBy(() -> new ContactImporter(crm()).onBehalfOf("a\u0007b"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("onBehalfOf");
    }

    private static ImportReport importing(String csv, CsvImporter<?, ?> importer) {
        return importer.importCsv(new StringReader(csv));
    }

    private List<Company> allCompanies() {
        return Pages.all(
                cursor -> crm().companies().find(CompanyQuery.all().limit(500).after(cursor)));
    }

    private List<Deal> allDeals() {
        return Pages.all(cursor -> crm().deals().find(DealQuery.all().limit(500).after(cursor)));
    }

    private List<Task> allTasks() {
        return Pages.all(cursor -> crm().tasks().find(TaskQuery.all().limit(500).after(cursor)));
    }

    static List<List<String>> read(String csv) {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
