package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request whose transaction the database aborts because of a concurrent one (here: a lock wait
 * that times out while another transaction holds the contact's row) answers 503 with {@code
 * Retry-After: 1}, problem type {@code /problems/retryable} on the API and an HTML page on the
 * pages; nothing was written, and the same request succeeds once the other transaction ends.
 */
@WebAppTest
class RetryableProblemTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_answer_503_retryable_with_retry_after_while_a_concurrent_transaction_holds_the_row()
            throws SQLException {
        long id = api.post("/api/v1/contacts", aContact()).id();

        Reply refused;
        try (Connection holder = lockContact(id)) {
            refused = api.delete("/api/v1/contacts/" + id);
            holder.rollback();
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/retryable");
        assertThat(refused.header("Retry-After")).hasValue("1");
        assertThat(refused.body()).doesNotContain("SQL", "Exception", "crm_contact");
        assertThat(api.get("/api/v1/contacts/" + id).status())
                .as("nothing was deleted")
                .isEqualTo(200);
        assertThat(api.delete("/api/v1/contacts/" + id).status())
                .as("the same request again")
                .isEqualTo(204);
    }

    @Test
    void should_show_an_html_503_page_with_retry_after_while_a_concurrent_transaction_holds_the_row()
            throws SQLException {
        long id = api.post("/api/v1/contacts", aContact()).id();

        Reply refused;
        try (Connection holder = lockContact(id)) {
            refused = ApiClient.loggedIn(port).form("/contacts/" + id + "/delete", "");
            holder.rollback();
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.header("Retry-After")).hasValue("1");
        assertThat(refused.body()).contains("send the same request again").doesNotContain("Exception");
        assertThat(api.get("/api/v1/contacts/" + id).status())
                .as("nothing was deleted")
                .isEqualTo(200);
    }

    @Test
    void should_offer_to_send_an_edit_form_again_that_a_concurrent_transaction_aborted() throws SQLException {
        Reply created = api.post("/api/v1/contacts", aContact());
        long id = created.id();
        String email = created.json().path("email").asString();
        ApiClient browser = ApiClient.loggedIn(port);
        String form = "version=" + created.json().path("version").asLong() + "&firstName=Ada&lastName=Byron&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&notes="
                + URLEncoder.encode("line one\nline two", StandardCharsets.UTF_8);

        Reply refused;
        try (Connection holder = lockContact(id)) {
            refused = browser.form("/contacts/" + id, form);
            holder.rollback();
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body())
                .contains("Nothing you sent was saved.", "id=\"resend-form\"", "action=\"/contacts/" + id + "\"")
                .contains("name=\"lastName\" value=\"Byron\"", "name=\"notes\" value=\"line one\nline two\"");
        assertThat(api.get("/api/v1/contacts/" + id).json().path("last_name").asString())
                .as("nothing was saved")
                .isEqualTo("Lovelace");
    }

    /** Another transaction's row lock on the contact, held until the returned connection rolls back. */
    private Connection lockContact(long id) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock =
                connection.prepareStatement("SELECT id FROM crm_contact WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, id);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).isTrue();
            }
        }
        return connection;
    }
}
