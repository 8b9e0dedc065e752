package dev.crmkit.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Creates a case's {@link EvalCase.Seed} through the CRM's services, and checks that the n-th record of
 * each kind got id n, as the case's requests and expectations assume.
 */
final class CaseSeeder {

    private CaseSeeder() {}

    /**
     * @throws IllegalStateException when the CRM was not empty, so ids differ from the case's
     * @throws dev.crmkit.core.kernel.CrmException when a seed record breaks a CRM rule (a broken case)
     */
    static void seed(Crm crm, EvalCase.Seed seed) {
        List<ObjectNode> pipelines = seed.pipelines();
        for (int i = 0; i < pipelines.size(); i++) {
            ObjectNode p = pipelines.get(i);
            long id = crm.pipelines()
                    .create(NewPipeline.of(text(p, "name")).withDescription(optional(p, "description")))
                    .id();
            expectId("pipeline", i, id);
        }
        List<ObjectNode> contacts = seed.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            ObjectNode c = contacts.get(i);
            long id = crm.contacts()
                    .create(new NewContact(
                            text(c, "firstName"),
                            text(c, "lastName"),
                            text(c, "email"),
                            optional(c, "phone"),
                            optional(c, "company"),
                            optional(c, "position"),
                            optional(c, "notes")))
                    .id();
            expectId("contact", i, id);
        }
        List<ObjectNode> deals = seed.deals();
        for (int i = 0; i < deals.size(); i++) {
            ObjectNode d = deals.get(i);
            NewDeal.Builder deal = NewDeal.builder(text(d, "title"))
                    .pipelineId(optionalLong(d, "pipelineId"))
                    .contactId(optionalLong(d, "contactId"))
                    .currency(optional(d, "currency"))
                    .status(optional(d, "status"))
                    .expectedCloseDate(date(optional(d, "expectedCloseDate")))
                    .description(optional(d, "description"))
                    .lostReason(optional(d, "lostReason"));
            String amount = optional(d, "amount");
            if (amount != null) {
                deal.amount(amount);
            }
            expectId("deal", i, crm.deals().create(deal.build()).id());
        }
        List<ObjectNode> tasks = seed.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            ObjectNode t = tasks.get(i);
            String priority = optional(t, "priority");
            String status = optional(t, "status");
            NewTask task = NewTask.builder(text(t, "title"))
                    .description(optional(t, "description"))
                    .priority(priority == null ? null : TaskPriority.fromKey(priority))
                    .status(status == null ? null : TaskStatus.fromKey(status))
                    .dueDate(date(optional(t, "dueDate")))
                    .contactId(optionalLong(t, "contactId"))
                    .dealId(optionalLong(t, "dealId"))
                    .build();
            expectId("task", i, crm.tasks().create(task).id());
        }
    }

    private static void expectId(String kind, int index, long id) {
        if (id != index + 1) {
            throw new IllegalStateException("seed " + kind + " " + (index + 1) + " got id " + id
                    + "; the evaluation needs an empty database per case, whose ids start at 1");
        }
    }

    private static String text(ObjectNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new IllegalArgumentException("a seed record lacks " + field + ": " + node);
        }
        return value;
    }

    private static @Nullable String optional(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static @Nullable Long optionalLong(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
