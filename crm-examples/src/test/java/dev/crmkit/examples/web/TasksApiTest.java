package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static dev.crmkit.examples.web.Bodies.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebAppTest
class TasksApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_create_a_task_with_defaults_and_derived_flags() {
        Reply created = api.post("/api/v1/tasks", "{\"title\": \"Call Ada\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("priority").asString()).isEqualTo("medium");
        assertThat(created.json().path("status").asString()).isEqualTo("todo");
        assertThat(created.json().path("is_completed").asBoolean()).isFalse();
        assertThat(created.json().path("completed_at").isNull()).isTrue();
    }

    @Test
    void should_complete_a_task_by_patching_its_status() {
        long id = api.post("/api/v1/tasks", task("Finish me")).id();

        Reply completed = api.patch("/api/v1/tasks/" + id, "{\"status\": \"completed\"}");

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("is_completed").asBoolean()).isTrue();
        assertThat(completed.json().path("completed_at").isNull()).isFalse();
        assertThat(completed.json().path("priority").asString()).isEqualTo("high");
    }

    @Test
    void should_filter_tasks_by_contact_status_list_and_priority() {
        long contact = api.post("/api/v1/contacts", aContact()).id();
        long todo = api.post("/api/v1/tasks", "{\"title\": \"a\", \"contact_id\": %d}".formatted(contact))
                .id();
        long urgent = api.post(
                        "/api/v1/tasks",
                        "{\"title\": \"b\", \"contact_id\": %d, \"priority\": \"urgent\", \"status\": \"in_progress\"}"
                                .formatted(contact))
                .id();
        api.post(
                "/api/v1/tasks",
                "{\"title\": \"c\", \"contact_id\": %d, \"status\": \"cancelled\"}".formatted(contact));

        assertThat(ids("/api/v1/tasks?contact_id=" + contact + "&status=todo,in_progress"))
                .containsExactly(todo, urgent);
        assertThat(ids("/api/v1/tasks?contact_id=" + contact + "&priority=urgent"))
                .containsExactly(urgent);
    }

    @Test
    void should_filter_tasks_by_due_dates() {
        long contact = api.post("/api/v1/contacts", aContact()).id();
        api.post(
                "/api/v1/tasks",
                "{\"title\": \"early\", \"contact_id\": %d, \"due_date\": \"2020-01-01\"}".formatted(contact));
        long late = api.post(
                        "/api/v1/tasks",
                        "{\"title\": \"late\", \"contact_id\": %d, \"due_date\": \"2099-01-01\"}".formatted(contact))
                .id();

        assertThat(ids("/api/v1/tasks?contact_id=" + contact + "&due_after=2030-01-01"))
                .containsExactly(late);
        assertThat(ids("/api/v1/tasks?contact_id=" + contact + "&overdue=true&sort=due_date"))
                .hasSize(1)
                .doesNotContain(late);
    }

    @Test
    void should_name_an_empty_due_date_range_in_words_the_client_knows() {
        Reply refused = api.get("/api/v1/tasks?due_after=2026-02-01&due_before=2026-01-01");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("due_after").asString())
                .as("names the other bound as the address spells it, as min_amount does")
                .isEqualTo("must be before due_before");
    }

    @Test
    void should_refuse_unknown_enum_values_in_bodies_and_parameters_with_400() {
        Reply badBody = api.post("/api/v1/tasks", "{\"title\": \"x\", \"priority\": \"asap\", \"status\": \"done\"}");

        assertThat(badBody.status()).isEqualTo(400);
        assertThat(badBody.errors().path("priority").asString()).isEqualTo("must be one of low, medium, high, urgent");
        assertThat(badBody.errors().path("status").asString()).startsWith("must be one of todo, in_progress");
        assertThat(api.get("/api/v1/tasks?status=done").errors().path("status").asString())
                .startsWith("must be one of");
        assertThat(api.get("/api/v1/tasks?due_before=tomorrow")
                        .errors()
                        .path("due_before")
                        .asString())
                .isEqualTo("must be a date written YYYY-MM-DD, such as 2026-12-31");
        assertThat(api.get("/api/v1/tasks?overdue=perhaps")
                        .errors()
                        .path("overdue")
                        .asString())
                .isEqualTo("must be true or false");
        assertThat(api.post("/api/v1/tasks", "{\"title\": \"x\", \"due_date\": \"31/03/2026\"}")
                        .errors()
                        .path("due_date")
                        .asString())
                .isEqualTo("must be a date such as 2026-03-31");
    }

    @Test
    void should_replace_a_task_on_put_and_delete_it() {
        long id = api.post("/api/v1/tasks", task("Old")).id();

        Reply replaced =
                api.put("/api/v1/tasks/" + id, "{\"title\": \"New\", \"priority\": \"low\", \"status\": \"todo\"}");

        assertThat(replaced.json().path("due_date").isNull()).isTrue();
        assertThat(replaced.json().path("priority").asString()).isEqualTo("low");
        assertThat(api.delete("/api/v1/tasks/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/tasks/" + id).status()).isEqualTo(404);
    }

    private List<Long> ids(String path) {
        Reply reply = api.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        reply.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
