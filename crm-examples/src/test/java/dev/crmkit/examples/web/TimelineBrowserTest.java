package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logging an activity from a contact's page in a real browser, on a phone and a desktop: the form
 * is filled and submitted as a person would, and the entry shows on the contact's timeline with its
 * line breaks, without the page scrolling sideways.
 */
@WebAppTest
class TimelineBrowserTest {

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

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {ResponsiveBrowserTest.PHONE, ResponsiveBrowserTest.DESKTOP})
    void should_log_a_call_from_the_contact_page_and_show_it_on_the_timeline(int width) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Contact contact = crm.contacts().create(NewContact.of("Grace", "Hopper", "grace-" + suffix + "@example.com"));
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(url("/contacts/" + contact.id()));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Nothing yet.");

        WebElement form = browser.findElement(By.id("log-activity"));
        new Select(form.findElement(By.name("type"))).selectByValue("call");
        form.findElement(By.name("subject")).sendKeys("Follow-up " + suffix);
        form.findElement(By.name("minutes")).sendKeys("15");
        form.findElement(By.name("outcome")).sendKeys("agreed");
        form.findElement(By.name("body")).sendKeys("First point\nSecond point");
        Browser.clickAndWaitForNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.getCurrentUrl()).endsWith("/contacts/" + contact.id());
        List<WebElement> entries = browser.findElements(By.cssSelector("#timeline li.entry.activity"));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.findElement(By.tagName("strong")).getText()).isEqualTo("Call");
            assertThat(entry.findElement(By.className("subject")).getText()).isEqualTo("Follow-up " + suffix);
            assertThat(entry.getText()).contains("— agreed");
            assertThat(entry.findElement(By.className("body")).getText()).isEqualTo("First point\nSecond point");
        });
        assertThat(crm.activities()
                        .find(ActivityQuery.all().withContact(contact.id()))
                        .items())
                .singleElement()
                .satisfies(activity -> assertThat(activity.subject()).isEqualTo("Follow-up " + suffix));
        long inner = number("return window.innerWidth");
        long scroll = number("return document.documentElement.scrollWidth");
        assertThat(scroll)
                .as("the contact page at " + width + " px scrolls sideways")
                .isLessThanOrEqualTo(inner);
        Browser.screenshot(browser, "contact-timeline-" + width);
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
