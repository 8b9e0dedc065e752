package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.testing.TestModel;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with {@code crm.agent.model} set to a real GGUF file, run in-process by llama.cpp, and no other
 * setting: the first message must be answered on the defaults (its 512-token vocabulary spells the 24 tools
 * out in ~11k tokens, which once made every message a 503). The tiny test model writes nonsense, so this
 * checks the wiring end to end, not the answers.
 */
@WebAppTest
class RealModelChatTest {

    @BeforeAll
    static void model() {
        TestModel.stories260K(); // skips (or fails under CI) before the app starts when the file is absent
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("crm.agent.model", () -> TestModel.stories260K().toString());
        // Nothing else: the app's defaults (context and output budgets from the model) must serve it.
    }

    @LocalServerPort
    int port;

    @Test
    void should_answer_through_the_in_process_model_and_keep_the_conversation() {
        ApiClient api = new ApiClient(port);

        Reply reply = api.post("/api/v1/chat", "{\"conversation_id\": \"real\", \"message\": \"Hello there\"}");
        Reply conversation = api.get("/api/v1/chat/real");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("conversation_id").asString()).isEqualTo("real");
        assertThat(reply.json().has("performed")).isTrue();
        assertThat(conversation.json().path("messages").get(0).path("text").asString())
                .isEqualTo("Hello there");
        assertThat(ApiClient.loggedIn(port).get("/chat").body()).contains("id=\"chat-form\"");
    }

    @TempDir
    Path profile;

    @Test
    void should_answer_the_first_message_typed_into_the_chat_page() {
        ChromeDriver browser = Browser.start(profile);
        try {
            Browser.logIn(browser, port);
            browser.get("http://localhost:" + port + "/chat");
            int before =
                    browser.findElements(By.cssSelector(".message.assistant")).size();

            browser.findElement(By.name("message"))
                    .sendKeys("Create a contact named John Doe with email john@example.com");
            browser.findElement(By.cssSelector("#chat-form button")).click();

            // The page reloads when the stream says done; on an error it shows the error instead. The wait is
            // long because the model reads its ~11k-token instructions first, on a machine shared with other builds.
            new WebDriverWait(browser, Duration.ofMinutes(15))
                    .until(page -> !page.findElements(By.cssSelector(".message .bubble.error"))
                                    .isEmpty()
                            || page.findElements(By.cssSelector(".message.assistant"))
                                                    .size()
                                            > before
                                    && page.findElements(By.cssSelector(".bubble.thinking"))
                                            .isEmpty()
                                    && "complete".equals(browser.executeScript("return document.readyState")));
            assertThat(browser.findElements(By.cssSelector(".message .bubble.error")))
                    .as("the error the page shows")
                    .isEmpty();
            assertThat(browser.findElement(By.id("messages")).getText())
                    .contains("Create a contact named John Doe")
                    .doesNotContain("Error 503");
            Browser.screenshot(browser, "chat-stories260k-first-message");
        } finally {
            browser.quit();
        }
    }
}
