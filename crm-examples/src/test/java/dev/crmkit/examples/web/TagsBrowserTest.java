package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.tag.TaggableKind;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tags in the contact pages: typed in the form, shown as chips, a chip filters the list. */
@WebAppTest
class TagsBrowserTest {

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
    void should_tag_a_contact_in_the_form_and_filter_the_list_by_clicking_a_chip() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String vip = "vip-" + suffix;
        Contact other = crm.contacts().create(NewContact.of("Bob", "Babbage", "bob-" + suffix + "@example.com"));
        crm.tags().replace(TaggableKind.CONTACT, other.id(), List.of("partner-" + suffix));
        browser.get(url("/contacts/new"));
        browser.findElement(By.id("firstName")).sendKeys("Ada");
        browser.findElement(By.id("lastName")).sendKeys("Lovelace");
        browser.findElement(By.id("email")).sendKeys("ada-" + suffix + "@example.com");
        browser.findElement(By.id("tags")).sendKeys(vip.toUpperCase() + ", partner-" + suffix + ",");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("save")));

        assertThat(browser.findElement(By.id("tags")).findElements(By.className("chip")))
                .extracting(WebElement::getText)
                .containsExactly("partner-" + suffix, vip.toUpperCase());
        Browser.screenshot(browser, "contact-tags");

        browser.get(url("/contacts?q=" + suffix));
        assertThat(rows()).hasSize(2);
        WebElement chip = browser.findElements(By.cssSelector("#contacts td.tags a.chip")).stream()
                .filter(link -> link.getText().equals(vip.toUpperCase()))
                .findFirst()
                .orElseThrow();
        Browser.clickAndWaitForNextPage(browser, chip);

        assertThat(rows())
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("Ada Lovelace"));
        assertThat(browser.findElement(By.id("tag-filter")).getText()).contains(vip.toUpperCase());
        Browser.screenshot(browser, "contacts-filtered-by-tag");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("clear-tags")));
        assertThat(browser.findElements(By.id("tag-filter"))).isEmpty();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#contacts tbody tr"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
