package dev.crmkit.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.core.Crm;
import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM's records after a turn, as JSON objects by kind and id, and the check of a case's
 * {@code state} expectations against them. Reads up to {@value #MAX_RECORDS} records of each kind:
 * far more than any case seeds.
 */
final class CrmState {

    static final int MAX_RECORDS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS =
            List.of("pipelines", "contacts", "deals", "tasks", "companies", "activities");

    private final Map<String, Map<Long, ObjectNode>> records = new HashMap<>();

    private CrmState() {}

    static CrmState of(Crm crm) {
        CrmState state = new CrmState();
        Map<Long, ObjectNode> pipelines = state.kind("pipelines");
        for (Pipeline p :
                crm.pipelines().find(PipelineQuery.all().limit(MAX_RECORDS)).items()) {
            ObjectNode node = JSON.createObjectNode().put("id", p.id()).put("name", p.name());
            node.put("description", p.description());
            pipelines.put(p.id(), node);
        }
        Map<Long, ObjectNode> contacts = state.kind("contacts");
        for (Contact c :
                crm.contacts().find(ContactQuery.all().limit(MAX_RECORDS)).items()) {
            ObjectNode node = JSON.createObjectNode()
                    .put("id", c.id())
                    .put("firstName", c.firstName())
                    .put("lastName", c.lastName())
                    .put("email", c.email())
                    .put("phone", c.phone())
                    .put("company", c.company())
                    .put("position", c.position())
                    .put("notes", c.notes());
            contacts.put(c.id(), node);
        }
        Map<Long, ObjectNode> deals = state.kind("deals");
        for (Deal d : crm.deals().find(DealQuery.all().limit(MAX_RECORDS)).items()) {
            ObjectNode node = JSON.createObjectNode()
                    .put("id", d.id())
                    .put("title", d.title())
                    .put("description", d.description())
                    .put("amount", d.value().amount())
                    .put("currency", d.value().currency().getCurrencyCode())
                    .put("pipelineId", d.pipelineId())
                    .put("status", d.status())
                    .put("contactId", d.contactId())
                    .put("lostReason", d.lostReason());
            node.put(
                    "expectedCloseDate",
                    d.expectedCloseDate() == null ? null : d.expectedCloseDate().toString());
            deals.put(d.id(), node);
        }
        Map<Long, ObjectNode> tasks = state.kind("tasks");
        for (Task t : crm.tasks().find(TaskQuery.all().limit(MAX_RECORDS)).items()) {
            ObjectNode node = JSON.createObjectNode()
                    .put("id", t.id())
                    .put("title", t.title())
                    .put("description", t.description())
                    .put("priority", t.priority().key())
                    .put("status", t.status().key())
                    .put("completed", t.completed())
                    .put("contactId", t.contactId())
                    .put("dealId", t.dealId());
            node.put("dueDate", t.dueDate() == null ? null : t.dueDate().toString());
            tasks.put(t.id(), node);
        }
        Map<Long, ObjectNode> companies = state.kind("companies");
        for (Company c :
                crm.companies().find(CompanyQuery.all().limit(MAX_RECORDS)).items()) {
            companies.put(
                    c.id(),
                    JSON.createObjectNode()
                            .put("id", c.id())
                            .put("name", c.name())
                            .put("domain", c.domain())
                            .put("industry", c.industry()));
        }
        Map<Long, ObjectNode> activities = state.kind("activities");
        for (Activity a :
                crm.activities().find(ActivityQuery.all().limit(MAX_RECORDS)).items()) {
            activities.put(
                    a.id(),
                    JSON.createObjectNode()
                            .put("id", a.id())
                            .put("type", a.type().key())
                            .put("subject", a.subject())
                            .put("contactId", a.contactId())
                            .put("companyId", a.companyId())
                            .put("dealId", a.dealId()));
        }
        return state;
    }

    private Map<Long, ObjectNode> kind(String kind) {
        return records.computeIfAbsent(kind, k -> new HashMap<>());
    }

    Optional<ObjectNode> record(String kind, long id) {
        return Optional.ofNullable(kind(kind).get(id));
    }

    /**
     * @param expected a case's {@code state} object
     * @return what does not hold, one sentence each; empty when the state is as expected
     */
    List<String> problems(ObjectNode expected) {
        List<String> problems = new ArrayList<>();
        for (String kind : KINDS) {
            for (JsonNode wanted : expected.path(kind)) {
                long id = wanted.path("id").asLong();
                Optional<ObjectNode> found = record(kind, id);
                if (found.isEmpty()) {
                    problems.add(kind + " " + id + " does not exist");
                } else {
                    Arguments.fieldMismatches((ObjectNode) wanted, found.get())
                            .forEach(problem -> problems.add(kind + " " + id + " " + problem));
                }
            }
            for (JsonNode id : expected.path("absent").path(kind)) {
                if (record(kind, id.asLong()).isPresent()) {
                    problems.add(kind + " " + id.asLong() + " still exists");
                }
            }
        }
        for (Map.Entry<String, JsonNode> count : expected.path("count").properties()) {
            int actual = kind(count.getKey()).size();
            if (actual != count.getValue().asInt()) {
                problems.add(count.getKey() + ": expected " + count.getValue().asInt() + ", found " + actual);
            }
        }
        return problems;
    }
}
