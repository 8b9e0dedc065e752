package dev.crmkit.examples.seed;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty CRM with a believable small business: three pipelines, ten companies, {@value #CONTACTS}
 * contacts (each linked to a company), a deal for most of them spread over the stages, and tasks — some overdue, some due
 * this week — dated relative to the CRM's clock so the dashboard always has something to show.
 * The same seed gives the same data every time.
 */
public final class SampleData {

    /** How many contacts a seeded database gets. */
    public static final int CONTACTS = 50;

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private static final List<String> FIRST = List.of(
            "Ada",
            "Grace",
            "Alan",
            "Edsger",
            "Barbara",
            "Donald",
            "Margaret",
            "Ken",
            "Radia",
            "Linus",
            "Frances",
            "John",
            "Hedy",
            "Tim",
            "Katherine",
            "Dennis",
            "Sophie",
            "Niklaus",
            "Anita",
            "Guido",
            "Jean",
            "Bjarne",
            "Shafi",
            "James",
            "Lynn");
    private static final List<String> LAST = List.of(
            "Lovelace",
            "Hopper",
            "Turing",
            "Dijkstra",
            "Liskov",
            "Knuth",
            "Hamilton",
            "Thompson",
            "Perlman",
            "Torvalds",
            "Allen",
            "McCarthy",
            "Lamarr",
            "Berners-Lee",
            "Johnson",
            "Ritchie",
            "Wilson",
            "Wirth",
            "Borg",
            "van Rossum",
            "Sammet",
            "Stroustrup",
            "Goldwasser",
            "Gosling",
            "Conway");
    private static final List<String> COMPANIES = List.of(
            "Analytical Engines",
            "Harbor Logistics",
            "Bluebird Bakery",
            "Northwind Traders",
            "Kestrel Labs",
            "Oak & Iron",
            "Pinecrest Clinic",
            "Quantum Quilts",
            "Riverbend Solar",
            "Summit Outfitters");
    private static final List<String> POSITIONS =
            List.of("CEO", "CTO", "Head of Sales", "Buyer", "Operations Lead", "Founder", "Procurement Manager");
    private static final List<String> DEALS = List.of(
            "Annual licence",
            "Pilot project",
            "Support contract",
            "Onboarding package",
            "Hardware refresh",
            "Consulting days",
            "Expansion seats",
            "Training workshop");
    private static final List<String> TASKS = List.of(
            "Call back",
            "Send the proposal",
            "Prepare a demo",
            "Follow up by email",
            "Book a meeting",
            "Check references",
            "Draft the contract");

    private static final List<String> INDUSTRIES =
            List.of("Software", "Logistics", "Food", "Retail", "Research", "Manufacturing", "Health", "Textiles");

    private final Crm crm;
    private final Random random = new Random(42);
    private final List<Company> companies = new ArrayList<>();

    public SampleData(Crm crm) {
        this.crm = crm;
    }

    /**
     * Seeds only a CRM without any contact or pipeline, so a restart never duplicates data. The
     * check and the whole seed are one transaction: a reader sees all of the sample data or none,
     * a seed that fails leaves nothing behind, and one commit instead of one per record keeps the
     * first start short.
     *
     * @return whether the CRM was empty and is now seeded
     */
    public boolean seedIfEmpty() {
        boolean seeded = crm.inTransaction(() -> {
            boolean empty =
                    crm.contacts().find(ContactQuery.all().limit(1)).items().isEmpty()
                            && crm.pipelines()
                                    .find(PipelineQuery.all().limit(1))
                                    .items()
                                    .isEmpty();
            if (empty) {
                seed();
            }
            return empty;
        });
        if (!seeded) {
            log.info("the CRM already holds data: no sample data added");
        }
        return seeded;
    }

    private void seed() {
        LocalDate today = LocalDate.now(crm.clock());
        for (int i = 0; i < COMPANIES.size(); i++) {
            String name = COMPANIES.get(i);
            companies.add(crm.companies()
                    .create(NewCompany.of(name)
                            .withDomain(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example")
                            .withIndustry(INDUSTRIES.get(i % INDUSTRIES.size()))
                            .withSize(i % 3 == 0 ? "11-50" : i % 3 == 1 ? "51-200" : "1-10")));
        }
        Pipeline sales = crm.pipelines()
                .create(NewPipeline.of("Sales").withDescription("New business, from first contact to signature"));
        Pipeline partnerships = crm.pipelines()
                .create(NewPipeline.of("Partnerships")
                        .withDescription("Resellers and integration partners")
                        .withStages(List.of(
                                Stage.of("intro", "Introduction", 10, StageOutcome.OPEN),
                                Stage.of("pilot", "Pilot", 40, StageOutcome.OPEN),
                                Stage.of("terms", "Terms", 70, StageOutcome.OPEN),
                                Stage.of("signed", "Signed", 100, StageOutcome.WON),
                                Stage.of("declined", "Declined", 0, StageOutcome.LOST))));
        Pipeline renewals = crm.pipelines()
                .create(NewPipeline.of("Renewals").withDescription("Existing customers coming up for renewal"));
        List<Pipeline> pipelines = List.of(sales, sales, partnerships, renewals);
        int deals = 0;
        int tasks = 0;
        for (int i = 0; i < CONTACTS; i++) {
            Contact contact = crm.contacts().create(contact(i));
            if (i % 5 == 4) {
                continue; // some contacts have no deal yet
            }
            Pipeline pipeline = pipelines.get(i % pipelines.size());
            Stage stage = pipeline.stages().get(random.nextInt(pipeline.stages().size()));
            Deal deal = crm.deals()
                    .create(NewDeal.builder(pick(DEALS) + " for " + contact.company())
                            .pipelineId(pipeline.id())
                            .status(stage.key())
                            .contactId(contact.id())
                            .companyId(contact.companyId())
                            .amount(BigDecimal.valueOf(500L * (1 + random.nextInt(80))))
                            .currency(i % 7 == 0 ? "EUR" : "USD")
                            .expectedCloseDate(today.plusDays(random.nextInt(90) - 20))
                            .lostReason(stage.outcome() == StageOutcome.LOST ? "Went with a competitor" : null)
                            .build());
            deals++;
            crm.tasks()
                    .create(NewTask.builder(pick(TASKS) + " — " + contact.fullName())
                            .contactId(contact.id())
                            .dealId(deal.id())
                            .priority(TaskPriority.values()[random.nextInt(TaskPriority.values().length)])
                            .status(
                                    i % 6 == 0
                                            ? TaskStatus.COMPLETED
                                            : i % 6 == 1 ? TaskStatus.IN_PROGRESS : TaskStatus.TODO)
                            .dueDate(today.plusDays(random.nextInt(21) - 7))
                            .build());
            tasks++;
        }
        log.info(
                "seeded sample data: 3 pipelines, {} companies, {} contacts, {} deals, {} tasks",
                companies.size(),
                CONTACTS,
                deals,
                tasks);
    }

    private NewContact contact(int i) {
        String first = FIRST.get(i % FIRST.size());
        String last = LAST.get((i * 7 + i / FIRST.size()) % LAST.size());
        String company = COMPANIES.get(i % COMPANIES.size());
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + i + "@example.com";
        return NewContact.of(first, last, email)
                .withCompany(company)
                .withPosition(pick(POSITIONS))
                .withPhone(String.format(Locale.ROOT, "+1 555 %04d", 100 + i))
                .withCompanyId(companies.get(i % COMPANIES.size()).id());
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
