package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import java.nio.file.Path;
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

/** The trash page: a contact deleted from its page is restored, with its task, by its button. */
@WebAppTest
class TrashBrowserTest {

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
    void should_delete_a_contact_and_restore_it_from_the_trash_page() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Contact ada = crm.contacts().create(NewContact.of("Ada", "Trash-" + suffix, "ada-" + suffix + "@example.com"));
        Task call = crm.tasks()
                .create(NewTask.builder("Call Ada " + suffix)
                        .contactId(ada.id())
                        .build());
        browser.get(url("/contacts/" + ada.id()));
        WebElement delete = browser.findElement(By.cssSelector(".actions form button.danger"));
        Browser.waitForNextPage(browser, () -> {
            delete.click();
            browser.switchTo().alert().accept();
        });
        assertThat(crm.contacts().findById(ada.id())).isEmpty();
        assertThat(crm.tasks().findById(call.id())).isEmpty();

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("nav-trash")));
        WebElement row =
                browser.findElement(By.cssSelector("#trash tr[data-kind='contact'][data-id='" + ada.id() + "']"));
        assertThat(row.getText()).contains("Ada Trash-" + suffix).contains("ada-" + suffix + "@example.com");
        Browser.screenshot(browser, "trash");
        Browser.clickAndWaitForNextPage(browser, row.findElement(By.cssSelector("button.restore")));

        assertThat(browser.getCurrentUrl()).endsWith("/contacts/" + ada.id());
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Restored contact " + ada.id());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ada Trash-" + suffix);
        assertThat(crm.contacts().getById(ada.id())).isEqualTo(ada);
        assertThat(crm.tasks().getById(call.id())).isEqualTo(call);
        browser.get(url("/trash"));
        assertThat(browser.findElements(By.cssSelector("#trash tr[data-kind='contact'][data-id='" + ada.id() + "']")))
                .isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
