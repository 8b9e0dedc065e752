package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.examples.InputErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /deals/{id}}: a deal's details, its edit form (title, amount, currency, contact, pipeline
 * and stage, close date, lost reason) and its deletion. Moving a deal on the board stays with
 * {@link PipelinesPage}.
 */
@Controller
record DealsPage(Crm crm, Pickers pickers) {

    @GetMapping("/deals/{id}")
    String show(@PathVariable long id, Model model) {
        Deal deal = crm.deals().getById(id);
        Pipeline pipeline = crm.pipelines().getById(deal.pipelineId());
        model.addAttribute("deal", deal);
        model.addAttribute(
                "customValues",
                CustomFieldInputs.shown(crm.customFields().list(CustomFieldKind.DEAL), deal.customFields()));
        model.addAttribute("pipeline", pipeline);
        model.addAttribute("stage", pipeline.stage(deal.status()).orElse(null));
        model.addAttribute(
                "contact",
                deal.contactId() == null
                        ? null
                        : crm.contacts().findById(deal.contactId()).orElse(null));
        model.addAttribute(
                "tasks",
                crm.tasks().find(TaskQuery.all().withDeal(id).limit(100)).items());
        return "deals/show";
    }

    @GetMapping("/deals/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Deal deal = crm.deals().getById(id);
        model.addAllAttributes(form(
                deal,
                DealForm.of(deal),
                Map.of(),
                CustomFieldInputs.of(crm.customFields().list(CustomFieldKind.DEAL), deal.customFields())));
        return "deals/form";
    }

    @PostMapping("/deals/{id}")
    ModelAndView update(
            @PathVariable long id,
            @ModelAttribute DealForm form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Deal current = crm.deals().getById(id);
        List<CustomField> fields = crm.customFields().list(CustomFieldKind.DEAL);
        return PageErrors.saveOrShow(
                () -> {
                    // Checked whole first, so the form comes back once with every error of its fields and custom
                    // fields.
                    InputErrors errors = InputErrors.withCrmNames();
                    DealUpdate update = errors.collect(form::toUpdate);
                    Map<String, @Nullable Object> values = CustomFieldInputs.values(fields, request);
                    errors.customFields(CustomFieldKind.DEAL, fields, values, false);
                    errors.throwIfAny();
                    Deal deal = crm.deals().update(id, Objects.requireNonNull(update), values);
                    redirect.addFlashAttribute("notice", "Saved “" + deal.title() + "”.");
                    return new ModelAndView("redirect:/deals/" + id);
                },
                errors -> invalid(current, form, errors, CustomFieldInputs.posted(fields, request)));
    }

    @PostMapping("/deals/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Deal deal = crm.deals().getById(id);
        crm.deals().deleteById(id);
        redirect.addFlashAttribute("notice", "Deleted the deal “" + deal.title() + "”; its tasks stay, unlinked.");
        return "redirect:/pipelines/" + deal.pipelineId();
    }

    private ModelAndView invalid(
            Deal deal, DealForm form, Map<String, String> errors, List<CustomFieldInputs.Input> inputs) {
        ModelAndView view = new ModelAndView("deals/form", form(deal, form, errors, inputs));
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private Map<String, Object> form(
            Deal deal, DealForm form, Map<String, String> errors, List<CustomFieldInputs.Input> inputs) {
        return Map.of(
                "deal", deal,
                "form", form,
                "errors", errors,
                "customInputs", inputs,
                "pipelines", pickers.pipelinesFirst(deal.pipelineId()),
                "contacts", pickers.contacts(form.chosenContact()));
    }
}
