package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.query.SortDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The choices of the contact, deal and pipeline pickers on the edit forms: the first
 * {@value #LIMIT} records by name, plus the record already chosen when it is further down, so that
 * saving a form never silently drops a link.
 */
@Component
final class Pickers {

    /** The most records a picker lists. */
    static final int LIMIT = 200;

    /** One choice of a picker. */
    record Choice(long id, String label) {}

    private final Crm crm;

    Pickers(Crm crm) {
        this.crm = crm;
    }

    List<Choice> contacts(@Nullable Long selected) {
        List<Choice> choices = new ArrayList<>();
        for (Contact contact : crm.contacts()
                .find(ContactQuery.all()
                        .sortedBy(ContactSort.LAST_NAME, SortDirection.ASC)
                        .limit(LIMIT))
                .items()) {
            choices.add(contact(contact));
        }
        if (selected != null && choices.stream().noneMatch(choice -> choice.id() == selected)) {
            crm.contacts().findById(selected).ifPresent(contact -> choices.add(0, contact(contact)));
        }
        return choices;
    }

    List<Choice> deals(@Nullable Long selected) {
        List<Choice> choices = new ArrayList<>();
        for (Deal deal : crm.deals()
                .find(DealQuery.all()
                        .sortedBy(DealSort.TITLE, SortDirection.ASC)
                        .limit(LIMIT))
                .items()) {
            choices.add(new Choice(deal.id(), deal.title()));
        }
        if (selected != null && choices.stream().noneMatch(choice -> choice.id() == selected)) {
            crm.deals().findById(selected).ifPresent(deal -> choices.add(0, new Choice(deal.id(), deal.title())));
        }
        return choices;
    }

    /** {@return the pipelines, the one with this id first: its stages head the stage picker} */
    List<Pipeline> pipelinesFirst(long pipelineId) {
        List<Pipeline> pipelines = new ArrayList<>(
                crm.pipelines().find(PipelineQuery.all().limit(100)).items());
        pipelines.sort(Comparator.comparing(pipeline -> pipeline.id() != pipelineId));
        if (pipelines.isEmpty() || pipelines.get(0).id() != pipelineId) {
            pipelines.add(0, crm.pipelines().getById(pipelineId));
        }
        return pipelines;
    }

    private static Choice contact(Contact contact) {
        return new Choice(contact.id(), contact.fullName() + " · " + contact.email());
    }
}
