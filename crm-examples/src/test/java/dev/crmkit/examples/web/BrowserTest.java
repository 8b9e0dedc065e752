package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages as a person uses them, in headless Chromium; screenshots land in target/screenshots. */
@WebAppTest
class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    @TempDir
    Path profile;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start(profile);
        Browser.logIn(browser, port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void should_show_an_inline_error_then_create_the_contact_once_corrected() {
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.get(url("/contacts"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("new-contact")));

        browser.findElement(By.id("lastName")).sendKeys("Lovelace");
        browser.findElement(By.id("email")).sendKeys(email);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));

        WebElement error = browser.findElement(By.id("firstName-error"));
        assertThat(error.getText()).isEqualTo("must not be blank");
        assertThat(browser.findElement(By.id("firstName")).getAttribute("class"))
                .contains("invalid");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
        Browser.screenshot(browser, "contact-inline-error");

        browser.findElement(By.id("firstName")).sendKeys("Ada");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));

        assertThat(browser.findElement(By.id("contact-name")).getText()).isEqualTo("Ada Lovelace");
        assertThat(crm.contacts().findByEmail(email)).isPresent();
        Browser.screenshot(browser, "contact-created");
    }

    @Test
    void should_move_a_deal_to_another_stage_on_the_board() {
        Pipeline pipeline = crm.pipelines()
                .create(NewPipeline.of("Board " + UUID.randomUUID().toString().substring(0, 6)));
        Deal deal = crm.deals()
                .create(NewDeal.builder("Difference engine")
                        .pipelineId(pipeline.id())
                        .amount("25000")
                        .build());
        browser.get(url("/pipelines/" + pipeline.id()));
        assertThat(column(deal).getAttribute("data-stage")).isEqualTo("lead");
        Browser.screenshot(browser, "board-before-move");

        WebElement card = browser.findElement(By.id("deal-" + deal.id()));
        new Select(card.findElement(By.name("status"))).selectByVisibleText("Proposal");
        Browser.clickAndWaitForNextPage(browser, card.findElement(By.cssSelector("form.move button")));

        assertThat(column(deal).getAttribute("data-stage")).isEqualTo("proposal");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("to Proposal");
        assertThat(crm.deals().getById(deal.id()).status()).isEqualTo("proposal");
        Browser.screenshot(browser, "board-after-move");
    }

    @Test
    void should_show_the_dashboard_with_its_counts_and_pipelines() {
        crm.pipelines().create(NewPipeline.of("Dashboard pipeline"));

        browser.get(url("/"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.cssSelector("table.pipelines")).getText())
                .contains("Dashboard pipeline");
        Browser.screenshot(browser, "dashboard");
    }

    @Test
    void should_move_a_deal_by_dragging_its_card_with_the_csrf_token_of_its_form() {
        Pipeline pipeline = crm.pipelines()
                .create(NewPipeline.of("Drag " + UUID.randomUUID().toString().substring(0, 6)));
        Deal deal = crm.deals()
                .create(NewDeal.builder("Dragged").pipelineId(pipeline.id()).build());
        browser.get(url("/pipelines/" + pipeline.id()));

        // WebDriver cannot drive native HTML5 drag and drop; dispatch the events the page's script listens to.
        WebElement card = browser.findElement(By.id("deal-" + deal.id()));
        WebElement column = browser.findElement(By.id("stage-negotiation"));
        Browser.waitForNextPage(
                browser,
                () -> browser.executeScript(
                        "const data = new DataTransfer();"
                                + "arguments[0].dispatchEvent(new DragEvent('dragstart', {dataTransfer: data, bubbles: true}));"
                                + "arguments[1].dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true}));",
                        card,
                        column));

        assertThat(crm.deals().getById(deal.id()).status()).isEqualTo("negotiation");
    }

    @Test
    void should_log_out_and_show_the_login_page_at_phone_width() {
        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("log-out")));

        assertThat(browser.findElement(By.id("logged-out")).getText()).contains("logged out");
        assertThat(browser.findElement(By.id("log-in")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "login-390");
        browser.get(url("/contacts"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private WebElement column(Deal deal) {
        return browser.findElement(By.id("deal-" + deal.id())).findElement(By.xpath("ancestor::section[@data-stage]"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
