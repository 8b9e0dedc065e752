package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page on a phone (390 px; the smallest, 320 px, too) and a desktop (1440 px): none scrolls
 * sideways, the board shows all its columns on the desktop; and a deal and a task edited the way a person would. One browser for
 * the class, long names in the data (they are what widen a page).
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsiveBrowserTest {

    /** The narrowest phone still in use (an iPhone SE of the first generation). */
    static final int SMALL_PHONE = 320;

    static final int PHONE = 390;
    static final int DESKTOP = 1440;

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    Path profile;
    ChromeDriver browser;
    String tag;
    Pipeline pipeline;
    Contact contact;
    Company company;
    Deal deal;
    Task task;

    @BeforeAll
    void open() throws IOException {
        profile = Files.createTempDirectory("crmkit-chromium");
        browser = Browser.start(profile);
        Browser.logIn(browser, port);
        tag = UUID.randomUUID().toString().substring(0, 8);
        pipeline = crm.pipelines().create(NewPipeline.of("Enterprise renewals and expansions " + tag));
        contact = crm.contacts()
                .create(NewContact.of(
                                "Maximiliane-Theodora",
                                "Wolkenkratzer-Schmidt",
                                "maximiliane.theodora.wolkenkratzer-schmidt." + tag + "@international-example.com")
                        .withCompany("Internationale Handelsgesellschaft für Datenverarbeitung")
                        .withNotes("First line\nSecond line"));
        company = crm.companies()
                .create(NewCompany.of("Internationale Handelsgesellschaft für Datenverarbeitung " + tag)
                        .withDomain("internationale-handelsgesellschaft-" + tag + ".example.com"));
        deal = crm.deals()
                .create(NewDeal.builder("Enterprise licence for the whole international group " + tag)
                        .pipelineId(pipeline.id())
                        .contactId(contact.id())
                        .amount("1250000")
                        .currency("EUR")
                        .expectedCloseDate(LocalDate.now(crm.clock()).plusDays(3))
                        .build());
        for (int i = 0; i < 30; i++) {
            crm.deals()
                    .create(NewDeal.builder("Filler " + i)
                            .pipelineId(pipeline.id())
                            .amount("10")
                            .build());
        }
        task = crm.tasks()
                .create(NewTask.builder("Prepare the onboarding workshop for the international group " + tag)
                        .status(TaskStatus.IN_PROGRESS)
                        .contactId(contact.id())
                        .dueDate(LocalDate.now(crm.clock()).plusDays(2))
                        .build());
    }

    @AfterAll
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (UncheckedIOException e) {
            // a leftover temporary profile is harmless
        }
    }

    /** Every page, with long names in the data. */
    private List<String> pages() {
        return List.of(
                "/",
                "/contacts",
                "/contacts/new",
                "/contacts/" + contact.id(),
                "/contacts/" + contact.id() + "/edit",
                "/pipelines",
                "/pipelines/" + pipeline.id(),
                "/pipelines/" + pipeline.id() + "/stages",
                "/deals/" + deal.id(),
                "/deals/" + deal.id() + "/edit",
                "/tasks",
                "/tasks/" + task.id(),
                "/chat",
                "/companies",
                "/companies/new",
                "/companies/" + company.id(),
                "/companies/" + company.id() + "/edit",
                "/search?q=Maximiliane",
                "/account/tokens",
                "/admin/users",
                "/admin/custom-fields",
                "/trash",
                "/imports",
                "/duplicates",
                "/login",
                "/contacts/abc");
    }

    @Test
    void should_not_scroll_sideways_on_any_page_at_phone_and_desktop_width() {
        List<String> wide = problems(pages(), List.of(SMALL_PHONE, PHONE, DESKTOP), (page, width) -> {
            assertThat(number("return window.innerWidth"))
                    .as("viewport of " + page)
                    .isBetween(width - 20L, (long) width);
            if (page.equals("/contacts/" + contact.id())) {
                assertThat(browser.findElement(By.id("contact-notes")).getText())
                        .as("notes keep their line break")
                        .isEqualTo("First line\nSecond line");
            }
            if (page.equals("/pipelines/" + pipeline.id())) {
                Browser.screenshot(browser, "board-" + width);
            }
            return tooWide("too-wide-", page, width);
        });

        assertThat(wide).isEmpty();
    }

    @Test
    void should_give_every_field_of_every_page_a_name_a_screen_reader_can_say() {
        List<String> unnamed = problems(
                pages(),
                List.of(DESKTOP),
                (page, width) -> strings(browser.executeScript(
                        "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                                + ".filter(f => !f.labels.length && !f.getAttribute('aria-label')"
                                + " && !f.getAttribute('aria-labelledby') && !f.getAttribute('title'))"
                                + ".map(f => f.tagName.toLowerCase() + ' ' + (f.name || f.id))"
                                + ".concat([...document.querySelectorAll('[aria-describedby]')]"
                                + ".filter(f => !document.getElementById(f.getAttribute('aria-describedby')))"
                                + ".map(f => 'the missing description of ' + f.id))")));

        assertThat(unnamed).isEmpty();
    }

    @Test
    void should_not_scroll_sideways_for_words_as_long_as_the_fields_allow() {
        // No spaces to wrap at: a company name in every picker, a tag chip, an overdue task's title.
        String word = tag + "W".repeat(Company.NAME_MAX - tag.length());
        Company longName = crm.companies().create(NewCompany.of(word));
        Contact tagged = crm.contacts()
                .create(NewContact.of("Long", "Words", "long.words." + tag + "@example.com")
                        .withCompany(longName.name()));
        crm.tags().replace(TaggableKind.CONTACT, tagged.id(), List.of(word.substring(0, TagNames.NAME_MAX)));
        crm.tasks()
                .create(NewTask.builder(word)
                        .dueDate(LocalDate.now(crm.clock()).minusYears(20)) // among the 10 oldest shown
                        .build());
        List<String> pages = List.of(
                "/",
                "/contacts/" + tagged.id(),
                "/contacts/new",
                "/contacts/" + tagged.id() + "/edit",
                "/pipelines/" + pipeline.id());

        List<String> wide = problems(pages, (page, width) -> tooWide("too-wide-long-words-", page, width));

        assertThat(wide).isEmpty();
    }

    @Test
    void should_show_every_cell_of_every_table_within_the_window_at_phone_width() {
        // a table wider than a phone used to scroll inside itself, its last columns (Complete, Delete) off-screen
        List<String> cut = problems(
                pages(),
                List.of(PHONE),
                (page, width) -> strings(browser.executeScript(
                        "return [...document.querySelectorAll('td, td button, td input, td select')]"
                                + ".filter(e => e.getClientRects().length"
                                + " && e.getBoundingClientRect().right > window.innerWidth + 1)"
                                + ".map(e => e.tagName.toLowerCase() + ' ' + (e.dataset.label || e.textContent.trim()"
                                + " || e.name || '').substring(0, 40))")));

        assertThat(cut).isEmpty();
    }

    @Test
    void should_name_each_cell_by_its_column_where_a_phone_shows_rows_as_cards() {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        browser.get(url("/tasks"));
        WebElement row =
                browser.findElement(By.xpath("//table[@id='tasks']//tr[td/a[contains(., '" + task.title() + "')]]"));

        List<String> labels = strings(browser.executeScript(
                "return [...arguments[0].children].map(td => td.dataset.label"
                        + " ? getComputedStyle(td, '::before').content : 'no label')",
                row));

        assertThat(labels).containsExactly("no label", "\"Priority: \"", "\"Status: \"", "\"Due: \"", "no label");
        assertThat(row.findElement(By.tagName("button")).getRect().getX()).isBetween(0, PHONE);
    }

    @Test
    void should_show_every_column_of_the_board_at_desktop_width_and_fold_long_columns() {
        browser.manage().window().setSize(new Dimension(DESKTOP, 900));
        browser.get(url("/pipelines/" + pipeline.id()));

        long hidden = number("const board = document.querySelector('.board').getBoundingClientRect();"
                + "return [...document.querySelectorAll('.board .column')]"
                + ".filter(c => c.getBoundingClientRect().right > board.right + 1).length");
        WebElement lead = browser.findElement(By.id("stage-lead"));
        WebElement card = browser.findElement(By.id("deal-" + deal.id()));

        assertThat(hidden).as("columns cut off at the right").isZero();
        assertThat(lead.findElements(By.cssSelector(".deal")).stream().filter(WebElement::isDisplayed))
                .hasSize(25);
        assertThat(lead.findElement(By.cssSelector("details.more summary")).getText())
                .isEqualTo("Show 6 more");
        assertThat(card.getText())
                .contains("€1,250,000")
                .contains("Maximiliane-Theodora")
                .contains("closes in 3 days");
    }

    @Test
    void should_put_each_label_of_the_log_activity_form_above_its_field_at_phone_and_desktop_width() {
        // a label's text starts where its field starts, and the field sits below it
        List<String> misplaced = problems(
                List.of("/deals/" + deal.id()),
                (page, width) -> browser.findElements(By.cssSelector("#log-activity label")).stream()
                        .map(label -> Map.entry(label, label.findElement(By.cssSelector("input, select, textarea"))))
                        .filter(pair -> pair.getValue().getRect().getX()
                                        != pair.getKey().getRect().getX()
                                || pair.getValue().getRect().getY()
                                        <= pair.getKey().getRect().getY())
                        .map(pair -> pair.getValue().getAttribute("name"))
                        .toList());

        assertThat(misplaced).isEmpty();
    }

    @Test
    void should_line_up_the_fields_of_every_record_form_at_phone_and_desktop_width() {
        List<String> forms = List.of(
                "/contacts/new",
                "/contacts/" + contact.id() + "/edit",
                "/companies/new",
                "/companies/" + company.id() + "/edit",
                "/deals/" + deal.id() + "/edit",
                "/tasks/" + task.id());
        // the left edges of the fields (the second of a pair, the currency, sits beside the amount)
        List<String> ragged = problems(forms, (page, width) -> {
            List<String> lefts = strings(browser.executeScript(
                    "return [...new Set([...document.querySelectorAll(':is(#contact-form, #company-form, #deal-form,"
                            + " #task-form) :is(input:not([type=hidden]):not([type=checkbox]), select, textarea)"
                            + ":not(.pair > :not(:first-child))')]"
                            + ".map(f => String(Math.round(f.getBoundingClientRect().left))))]"));
            return lefts.size() == 1 ? List.of() : List.of("fields start at " + lefts);
        });

        assertThat(ragged).isEmpty();
    }

    @Test
    void should_edit_a_deal_on_a_phone() {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        Deal edited = crm.deals()
                .create(NewDeal.builder("Phone deal " + tag)
                        .pipelineId(pipeline.id())
                        .amount("100")
                        .build());
        browser.get(url("/deals/" + edited.id()));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("edit-deal")));

        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("16000");
        WebElement currency = browser.findElement(By.id("currency"));
        currency.clear();
        currency.sendKeys("EUR");
        // every pipeline's stages are offered, grouped by pipeline: pick this pipeline's Negotiation
        new Select(browser.findElement(By.id("stage"))).selectByValue(pipeline.id() + "/negotiation");
        new Select(browser.findElement(By.id("contactId"))).selectByValue(Long.toString(contact.id()));
        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));

        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Title must not be blank");
        assertThat(browser.findElement(By.id("title")).getAttribute("aria-describedby"))
                .as("the error is the field's description")
                .isEqualTo("title-error");
        assertThat(browser.findElement(By.id("title-error")).getText()).isEqualTo("must not be blank");
        assertThat(browser.findElement(By.id("amount")).getAttribute("value")).isEqualTo("16000");
        Browser.screenshot(browser, "deal-edit-error-390");
        browser.findElement(By.id("title")).sendKeys("Phone deal, bigger");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));

        assertThat(browser.findElement(By.id("deal-value")).getText()).isEqualTo("€16,000");
        assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Negotiation");
        assertThat(browser.findElement(By.id("deal-contact")).getText()).isEqualTo(contact.fullName());
        Deal saved = crm.deals().getById(edited.id());
        assertThat(saved.title()).isEqualTo("Phone deal, bigger");
        assertThat(saved.value().amount()).isEqualByComparingTo(new BigDecimal("16000"));
        assertThat(saved.status()).isEqualTo("negotiation");
        assertThat(saved.pipelineId()).isEqualTo(pipeline.id());
        Browser.screenshot(browser, "deal-saved-390");
    }

    @Test
    void should_edit_a_task_linking_a_deal_then_delete_it() {
        browser.manage().window().setSize(new Dimension(DESKTOP, 900));
        Task edited = crm.tasks().create(NewTask.builder("Desk task " + tag).build());
        browser.get(url("/tasks/" + edited.id()));

        new Select(browser.findElement(By.id("status"))).selectByVisibleText("In progress");
        new Select(browser.findElement(By.id("dealId"))).selectByValue(Long.toString(deal.id()));
        new Select(browser.findElement(By.id("contactId"))).selectByValue(Long.toString(contact.id()));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Desk task " + tag);
        Task saved = crm.tasks().getById(edited.id());
        assertThat(saved.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(saved.dealId()).isEqualTo(deal.id());
        assertThat(saved.contactId()).isEqualTo(contact.id());

        browser.get(url("/tasks/" + edited.id()));
        browser.executeScript("window.confirm = () => true");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("delete-task")));

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Deleted the task");
        assertThat(crm.tasks().findById(edited.id())).isEmpty();
    }

    /** What a check finds wrong with the page the browser shows, at a width. */
    @FunctionalInterface
    private interface PageCheck {
        List<String> problems(String page, int width);
    }

    /** Opens each page at phone and desktop width; what the check finds, each naming its page and width. */
    private List<String> problems(List<String> pages, PageCheck check) {
        return problems(pages, List.of(PHONE, DESKTOP), check);
    }

    private List<String> problems(List<String> pages, List<Integer> widths, PageCheck check) {
        List<String> problems = new ArrayList<>();
        for (int width : widths) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                browser.get(url(page));
                check.problems(page, width).forEach(problem -> problems.add(page + " at " + width + " px: " + problem));
            }
        }
        return problems;
    }

    /** The page's width when it is wider than the window, after a screenshot named {@code prefix}, width and page. */
    private List<String> tooWide(String prefix, String page, int width) {
        long scroll = number("return document.documentElement.scrollWidth");
        if (scroll <= number("return window.innerWidth")) {
            return List.of();
        }
        Browser.screenshot(browser, prefix + width + page.replace('/', '_'));
        return List.of(scroll + " px wide");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object scriptResult) {
        return (List<String>) scriptResult;
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
