package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page the app links to, and the states a crawl does not reach (a form with errors, an import
 * job, a flash notice, a failed login, the custom fields' table), pass axe-core at phone (390 px) and desktop (1440 px) width: each
 * violation is reported with its page, width, rule and element. One browser for the class.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    static final List<Integer> WIDTHS = List.of(390, 1440);

    /** Enough for every kind of page; the links of a listing (sorts, pages) add many alike. */
    static final int MAX_PAGES = 80;

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    Axe axe;
    Path profile;
    ChromeDriver browser;
    Contact contact;
    Task task;

    @BeforeAll
    void open() throws IOException {
        profile = Files.createTempDirectory("crmkit-chromium"); // before a skip: close() deletes it
        axe = Axe.load();
        browser = Browser.start(profile);
        Browser.logIn(browser, port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        contact = crm.contacts()
                .create(NewContact.of("Grace", "Hopper", "grace." + tag + "@example.com")
                        .withCompany("Accessible Computing " + tag));
        crm.companies().create(NewCompany.of("Accessible Computing " + tag));
        crm.tags().replace(TaggableKind.CONTACT, contact.id(), List.of("a11y-" + tag));
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Accessible pipeline " + tag));
        for (String stage : List.of("lead", "qualified", "proposal", "negotiation", "won", "lost")) {
            crm.deals()
                    .create(NewDeal.builder("Deal in " + stage + " " + tag)
                            .pipelineId(pipeline.id())
                            .contactId(contact.id())
                            .status(stage)
                            .amount("1000")
                            .build());
        }
        crm.pipelines().create(NewPipeline.of("Empty pipeline " + tag)); // a board with nothing to focus
        String phone = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        crm.contacts() // duplicates by phone, without position and notes: a merge form with empty values
                .create(NewContact.of("Grace", "Twin " + tag, "twin." + tag + "@example.com")
                        .withPhone(phone));
        crm.contacts()
                .create(NewContact.of("Grace", "Copy " + tag, "copy." + tag + "@example.com")
                        .withPhone("+1 " + phone));
        long deleted = crm.contacts()
                .create(NewContact.of("Deleted", "Contact", "deleted." + tag + "@example.com"))
                .id();
        assertThat(new ApiClient(port).delete("/api/v1/contacts/" + deleted).status())
                .as("a row in the trash")
                .isEqualTo(204);
        task = crm.tasks()
                .create(NewTask.builder("Overdue call " + tag)
                        .contactId(contact.id())
                        .dueDate(LocalDate.now(crm.clock()).minusDays(2))
                        .build());
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary profile is harmless
        }
    }

    @Test
    void should_pass_axe_on_every_page_the_app_links_to_at_phone_and_desktop_width() {
        List<String> pages = crawl();
        List<String> violations = new ArrayList<>();
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                browser.get(url(page));
                violations.addAll(check(page, width));
            }
        }

        assertThat(pages).as("pages found by following links").contains("/", "/tasks", "/admin/users");
        assertThat(violations)
                .as("axe-core violations on %s pages", pages.size())
                .isEmpty();
    }

    @Test
    void should_pass_axe_on_a_form_with_errors_an_import_a_flash_notice_a_failed_login_and_a_custom_field()
            throws IOException {
        Path csv = Files.writeString(
                profile.resolve("contacts.csv"), "first_name,last_name,email\nBad,Row,not-an-email\n");
        // defined only for this test: every other test class shares the context, and its forms would show the field
        long field = crm.customFields()
                .create(NewCustomField.of(
                        CustomFieldKind.COMPANY, "a11y_" + task.id(), "Accessibility note", CustomFieldType.TEXT))
                .id();
        List<String> violations = new ArrayList<>();
        try {
            for (int width : WIDTHS) {
                browser.manage().window().setSize(new Dimension(width, 900));
                Browser.logIn(browser, port);

                browser.get(url("/admin/custom-fields"));
                violations.addAll(check("/admin/custom-fields with a field", width));

                browser.get(url("/contacts/new"));
                Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));
                assertThat(browser.findElement(By.id("firstName-error")).getText())
                        .isEqualTo("must not be blank");
                violations.addAll(check("/contacts/new with errors", width));

                browser.get(url("/imports"));
                browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
                browser.findElement(By.id("dry-run")).click();
                Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("start-import")));
                // the page follows the job by script until it ends; check the finished page
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(page -> page.findElement(By.id("import-status"))
                                .getText()
                                .matches("done|failed.*"));
                violations.addAll(check("an import job (dry run)", width));

                browser.get(url("/tasks/" + task.id()));
                Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));
                assertThat(browser.findElement(By.cssSelector(".notice")).getText())
                        .contains(task.title());
                violations.addAll(check("a flash notice after saving a task", width));

                browser.manage().deleteAllCookies();
                browser.get(url("/login"));
                // a user who does not exist: failing as the admin would count towards throttling its logins
                browser.findElement(By.id("username")).sendKeys("nobody-" + task.id());
                browser.findElement(By.id("password")).sendKeys("not the password");
                Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("log-in")));
                assertThat(browser.findElement(By.id("login-error")).isDisplayed())
                        .isTrue();
                violations.addAll(check("/login after a wrong password", width));
            }
        } finally {
            crm.customFields().deleteById(field);
        }
        Browser.logIn(browser, port);

        assertThat(violations).isEmpty();
    }

    /**
     * The app's own pages, found by following the links of each from the dashboard: not logging out,
     * not the API, its documentation or downloads. Paths with their query, in the order found.
     */
    private List<String> crawl() {
        Set<String> seen = new LinkedHashSet<>(List.of("/login"));
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        String origin = url("");
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String page = queue.removeFirst();
            if (!seen.add(page)) {
                continue;
            }
            browser.get(url(page));
            for (Object link : (List<?>) browser.executeScript(
                    "return [...document.querySelectorAll('a[href]')].map(a => a.href.split('#')[0])")) {
                String href = String.valueOf(link);
                if (href.startsWith(origin + "/")) {
                    String path = href.substring(origin.length());
                    if (!path.matches("/(logout|api/|v3/|swagger|docs).*") && !path.contains("export")) {
                        queue.addLast(path);
                    }
                }
            }
        }
        return List.copyOf(seen);
    }

    /** The violations in the page the browser shows, each naming the page and the width. */
    private List<String> check(String page, int width) {
        return axe.violations(browser).stream()
                .map(violation -> page + " at " + width + " px: " + violation)
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
