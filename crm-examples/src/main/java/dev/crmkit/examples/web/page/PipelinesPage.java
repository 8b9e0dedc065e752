package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldRules;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.tag.TaggableKind;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /pipelines}: the pipelines, and per pipeline a board with a column per stage. A deal moves
 * by a plain form post (a stage picker and a button on each card); the board's script only adds
 * drag and drop on top, posting the same form.
 */
@Controller
record PipelinesPage(Crm crm) {

    /** The most deals a board shows; the API pages through more. */
    static final int BOARD_LIMIT = PageRequest.MAX_LIMIT;

    /** Cards a column shows before the rest fold away under "Show N more". */
    static final int COLUMN_CARDS = 25;

    @GetMapping("/pipelines")
    String list(Model model) {
        model.addAttribute(
                "pipelines",
                crm.pipelines().find(PipelineQuery.all().limit(100)).items());
        model.addAttribute("errors", Map.of());
        return "pipelines/list";
    }

    @PostMapping("/pipelines")
    ModelAndView create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        try {
            Pipeline pipeline = crm.pipelines().create(NewPipeline.of(name).withDescription(description));
            return new ModelAndView("redirect:/pipelines/" + pipeline.id());
        } catch (ValidationException e) {
            ModelAndView view = new ModelAndView("pipelines/list", HttpStatus.UNPROCESSABLE_CONTENT);
            view.addObject(
                    "pipelines",
                    crm.pipelines().find(PipelineQuery.all().limit(100)).items());
            view.addObject("errors", e.errors());
            return view;
        }
    }

    @GetMapping("/pipelines/{id}")
    String board(@PathVariable long id, Model model) {
        List<CustomField> fields = crm.customFields().list(CustomFieldKind.DEAL);
        return board(
                crm.pipelines().getById(id),
                model,
                Map.of(),
                Map.of(),
                CustomFieldInputs.of(fields, CustomFieldValues.empty()));
    }

    @PostMapping("/pipelines/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            crm.pipelines().deleteById(id);
            redirect.addFlashAttribute("notice", "Deleted the pipeline.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return "redirect:/pipelines";
    }

    /**
     * Adds a deal with its custom fields; on an error the board shows every error at once, the
     * built-in fields' and the custom fields', and keeps what was typed.
     */
    @PostMapping("/pipelines/{id}/deals")
    ModelAndView createDeal(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "0") String amount,
            @RequestParam(defaultValue = "") String currency,
            @RequestParam(required = false) @Nullable Long companyId,
            HttpServletRequest request,
            Model model) {
        Pipeline pipeline = crm.pipelines().getById(id);
        List<CustomField> fields = crm.customFields().list(CustomFieldKind.DEAL);
        FieldErrors errors = new FieldErrors();
        try {
            NewDeal.Builder deal = NewDeal.builder(title)
                    .pipelineId(id)
                    .currency(FormFields.blankToNull(currency))
                    .companyId(companyId);
            BigDecimal value = FormFields.amount(errors, "amount", amount.isBlank() ? "0" : amount);
            if (value != null) {
                deal.amount(value);
            }
            NewDeal command = errors.collect("", deal::build);
            // Checked here too, so that their errors come with the built-in fields' rather than after them.
            CustomFieldValues custom = errors.collect(
                    "",
                    () -> CustomFieldRules.check(
                            CustomFieldKind.DEAL,
                            fields,
                            CustomFieldValues.of(CustomFieldInputs.values(fields, request))));
            errors.throwIfAny();
            crm.deals().create(Objects.requireNonNull(command), Objects.requireNonNull(custom));
            return new ModelAndView("redirect:/pipelines/" + id);
        } catch (ValidationException e) {
            Map<String, String> typed = Map.of("title", title, "amount", amount, "currency", currency);
            ModelAndView view = new ModelAndView(
                    board(pipeline, model, e.errors(), typed, CustomFieldInputs.posted(fields, request)),
                    model.asMap());
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    /** Moves a deal to another stage of its pipeline, then shows the board again. */
    @PostMapping("/deals/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam(name = "lostReason", required = false) @Nullable String lostReason,
            RedirectAttributes redirect) {
        Deal deal = crm.deals().getById(id);
        try {
            Deal moved =
                    crm.deals().moveToStage(id, status, lostReason == null || lostReason.isBlank() ? null : lostReason);
            String stage = crm.pipelines()
                    .getById(moved.pipelineId())
                    .stage(moved.status())
                    .map(Stage::name)
                    .orElse(moved.status());
            redirect.addFlashAttribute("notice", "Moved “" + moved.title() + "” to " + stage + ".");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("alert", String.join("; ", e.errors().values()));
        }
        return "redirect:/pipelines/" + deal.pipelineId();
    }

    private String board(
            Pipeline pipeline,
            Model model,
            Map<String, String> errors,
            Map<String, String> typed,
            List<CustomFieldInputs.Input> customInputs) {
        model.addAttribute(
                "companies",
                crm.companies()
                        .find(CompanyQuery.all()
                                .sortedBy(CompanySort.NAME, SortDirection.ASC)
                                .limit(PageRequest.MAX_LIMIT))
                        .items());
        List<Deal> deals = crm.deals()
                .find(DealQuery.all()
                        .inPipeline(pipeline.id())
                        .sortedBy(DealSort.AMOUNT, SortDirection.DESC)
                        .limit(BOARD_LIMIT))
                .items();
        Map<String, List<Deal>> columns = new LinkedHashMap<>();
        for (Stage stage : pipeline.stages()) {
            columns.put(
                    stage.key(),
                    deals.stream()
                            .filter(deal -> deal.status().equals(stage.key()))
                            .toList());
        }
        Map<Long, String> contactNames = new HashMap<>();
        for (Deal deal : deals) {
            Long contact = deal.contactId();
            if (contact != null && !contactNames.containsKey(contact)) {
                crm.contacts().findById(contact).ifPresent(found -> contactNames.put(contact, found.fullName()));
            }
        }
        Map<String, String> newDeal = new HashMap<>(Map.of(
                "title", "", "amount", "", "currency", crm.defaultCurrency().getCurrencyCode()));
        newDeal.putAll(typed);
        model.addAttribute("pipeline", pipeline);
        model.addAttribute(
                "dealTags",
                crm.tags()
                        .tagsOf(TaggableKind.DEAL, deals.stream().map(Deal::id).toList()));
        model.addAttribute("columns", columns);
        model.addAttribute("columnCards", COLUMN_CARDS);
        model.addAttribute("contactNames", contactNames);
        model.addAttribute("newDeal", newDeal);
        model.addAttribute("customInputs", customInputs);
        model.addAttribute("summary", crm.pipelines().summary(pipeline.id()));
        model.addAttribute("errors", errors);
        return "pipelines/board";
    }
}
