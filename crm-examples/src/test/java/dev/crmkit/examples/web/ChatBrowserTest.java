package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.examples.testing.ScriptedChatModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The chat page in headless Chromium: the streamed answer, the pending delete, and its Confirm button. */
@WebAppTest
@Import(ChatApiTest.ScriptedModel.class)
class ChatBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    @Autowired
    ScriptedChatModel model;

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
    void should_stream_the_answer_then_delete_only_after_the_confirm_button() {
        Contact contact = crm.contacts()
                .create(NewContact.of(
                        "Ada", "Lovelace", "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"));
        model.script()
                .thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                .thenAnswer("Deleting Ada needs your confirmation.");
        browser.get("http://localhost:" + port + "/chat");

        browser.findElement(By.name("message")).sendKeys("Delete Ada Lovelace");
        browser.findElement(By.cssSelector("#chat-form button")).click();

        // The script reloads the page once the stream says done; wait for the reloaded page's pending action.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".action.pending")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Delete Ada Lovelace")
                .contains("Deleting Ada needs your confirmation.");
        assertThat(crm.contacts().findById(contact.id())).isPresent();
        Browser.screenshot(browser, "chat-pending-action");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector(".action.pending button.danger")));

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("delete_contact: confirmed");
        assertThat(crm.contacts().findById(contact.id())).isEmpty();
        Browser.screenshot(browser, "chat-confirmed");
    }
}
