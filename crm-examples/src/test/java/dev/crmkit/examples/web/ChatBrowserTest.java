package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.llama.ContextOverflowException;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.examples.testing.ScriptedChatModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The chat page in headless Chromium: the streamed answer, the pending delete and its Confirm button,
 * stopping an answer, and undoing a turn that changed data.
 */
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
        // A look at the page while it reloads fails with "aborted by navigation": try again, as for a missing one.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(WebDriverException.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".action.pending")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Delete Ada Lovelace")
                .contains("Deleting Ada needs your confirmation.");
        assertThat(crm.contacts().findById(contact.id())).isPresent();
        assertThat(browser.findElement(By.cssSelector(".action.pending")).getText())
                .contains("Delete contact")
                .contains("Id")
                .doesNotContain("delete_contact");
        Browser.screenshot(browser, "chat-pending-action");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector(".action.pending button.danger")));

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Delete contact: confirmed");
        assertThat(crm.contacts().findById(contact.id())).isEmpty();
        Browser.screenshot(browser, "chat-confirmed");
    }

    @Test
    void should_show_the_error_when_the_stream_fails_and_keep_it_on_the_page() {
        model.script()
                .thenFail(new ContextOverflowException(
                        "the prompt needs 10934 tokens ...; raise contextSize, lower maxTokens", 10934, 7168));
        browser.get("http://localhost:" + port + "/chat");

        send("Hello");

        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message .bubble.error")));
        assertThat(error.getText()).contains("The assistant failed").contains("crm.agent.context-size");
        Browser.screenshot(browser, "chat-error");
    }

    @Test
    void should_show_each_action_by_its_display_name_and_an_empty_answer_as_such() {
        String email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        model.script()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"Grace\", \"lastName\": \"Hopper\", \"email\": \"" + email + "\"}")
                .thenAnswer("");
        browser.get("http://localhost:" + port + "/chat");

        send("Add Grace Hopper");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message .bubble.empty")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The assistant gave no answer.");
        assertThat(browser.findElement(By.cssSelector("aside")).getText())
                .contains("Create contact")
                .contains("First name")
                .contains("Grace")
                .contains(email)
                .doesNotContain("firstName", "create_contact");
        Browser.screenshot(browser, "chat-actions");
    }

    @Test
    void should_undo_the_assistants_turn_from_the_chat_page() {
        String email = "undo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        model.script()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"Ida\", \"lastName\": \"Undone\", \"email\": \"" + email + "\"}")
                .thenAnswer("Added Ida.");
        browser.get("http://localhost:" + port + "/chat");

        send("Add Ida Undone");

        WebElement undo = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#undo-turn button")));
        assertThat(crm.contacts().findByEmail(email)).isPresent();
        Browser.waitForNextPage(browser, () -> {
            undo.click();
            browser.switchTo().alert().accept();
        });

        assertThat(browser.findElement(By.cssSelector(".notice")).getText())
                .contains("Undid the assistant's last change");
        assertThat(crm.contacts().findByEmail(email)).isEmpty();
        Browser.screenshot(browser, "chat-undone");
    }

    @Test
    void should_stop_the_answer_with_the_stop_button_and_take_no_second_message_meanwhile() throws Exception {
        CountDownLatch generating = new CountDownLatch(1);
        model.script().thenGenerateUntilInterrupted(generating::countDown).thenAnswer("Back again.");
        browser.get("http://localhost:" + port + "/chat");

        send("Tell me a long story");

        assertThat(generating.await(30, TimeUnit.SECONDS)).isTrue();
        WebElement sendButton = browser.findElement(By.cssSelector("#chat-form button[type=submit]"));
        assertThat(sendButton.isEnabled()).isFalse();
        browser.findElement(By.id("chat-stop")).click();

        String stopped = "You stopped this answer before it was finished.";
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), stopped));
        assertThat(browser.findElement(By.id("chat-stop")).isDisplayed()).isFalse();
        assertThat(sendButton.isEnabled()).isTrue();
        // The stopped turn let go of the conversation: the next message is answered at once, not after
        // the first one's generation ran out. The stored conversation answers the stopped message too.
        send("Are you there?");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Back again."));
        browser.get("http://localhost:" + port + "/chat");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Tell me a long story")
                .contains(stopped);
        assertThat(browser.findElement(By.id("chat-stop")).isDisplayed()).isFalse();
    }

    private void send(String message) {
        browser.findElement(By.name("message")).sendKeys(message);
        browser.findElement(By.cssSelector("#chat-form button")).click();
    }
}
