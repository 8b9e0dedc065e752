package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.task.NewTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the top-level README's embedding example true: the code between the README markers below
 * is compiled and run here, and the README must contain it verbatim.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src/test/java/dev/crmkit/jpa/ReadmeExampleTest.java");

    @Test
    void should_run_the_readme_example_end_to_end() {
        // README:start
        HikariDataSource dataSource = new HikariDataSource(); // the host's connection pool
        dataSource.setJdbcUrl("jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1"); // or PostgreSQL, MariaDB
        CrmSchema.migrate(dataSource); // creates the crm_* tables

        try (Crm crm = Crm.builder()
                .storage(JpaCrmStorage.create(dataSource))
                .defaultCurrency("EUR")
                .build()) {
            Contact ada = crm.contacts()
                    .create(NewContact.of("Ada", "Lovelace", "ada@example.com").withCompany("Analytical Engines"));
            Pipeline sales = crm.pipelines().create(NewPipeline.of("Sales")); // lead → … → won / lost
            Deal deal = crm.deals()
                    .create(NewDeal.builder("Difference engine")
                            .pipelineId(sales.id())
                            .contactId(ada.id())
                            .amount("25000.00")
                            .build());
            crm.deals().moveToStage(deal.id(), "proposal", null);
            crm.tasks()
                    .create(NewTask.builder("Send the proposal")
                            .dealId(deal.id())
                            .dueDate(LocalDate.now().plusDays(3))
                            .build());

            PipelineSummary summary = crm.pipelines().summary(sales.id()); // deals, value, forecast per stage
        }
        // README:end
        try (dataSource;
                Crm crm =
                        Crm.builder().storage(JpaCrmStorage.create(dataSource)).build()) {
            Pipeline sales = crm.pipelines().find(PipelineQuery.all()).items().get(0);
            PipelineSummary summary = crm.pipelines().summary(sales.id());
            assertThat(summary.openDealCount()).isEqualTo(1);
            assertThat(summary.weightedForecast()).containsExactly(Money.of("12500.00", "EUR"));
            assertThat(crm.contacts().findByEmail("ada@example.com")).isPresent();
        }
    }

    @Test
    void should_find_the_example_verbatim_in_the_readme() throws IOException {
        String readme = Files.readString(README);

        assertThat(readme).contains(example());
    }

    private static String example() throws IOException {
        Matcher matcher = Pattern.compile("// README:start\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL)
                .matcher(Files.readString(SOURCE));
        assertThat(matcher.find()).as("README markers in %s", SOURCE).isTrue();
        List<String> lines = Arrays.asList(matcher.group(1).split("\n"));
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n"));
    }
}
