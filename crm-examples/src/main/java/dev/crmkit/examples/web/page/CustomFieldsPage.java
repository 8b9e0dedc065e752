package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.kernel.FieldErrors;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {@code /admin/custom-fields}, for ADMIN only (as every {@code /admin} page): the custom fields
 * of contacts, companies and deals; define one (options separated by commas), or delete one, which
 * removes its values from every record. Errors are shown all at once with the input kept.
 */
@Controller
record CustomFieldsPage(Crm crm) {

    /** The form's inputs, in its order. */
    private static final List<String> INPUTS =
            List.of("kind", "key", "label", "type", "max_length", "scale", "options");

    @GetMapping("/admin/custom-fields")
    String list(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/custom-fields")
    ModelAndView create(
            @RequestParam(defaultValue = "contact") String kind,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "text") String type,
            @RequestParam(name = "max_length", defaultValue = "") String maxLength,
            @RequestParam(defaultValue = "") String scale,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(defaultValue = "false") boolean required,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("kind", kind);
        input.put("key", key);
        input.put("label", label);
        input.put("type", type);
        input.put("max_length", maxLength);
        input.put("scale", scale);
        input.put("options", options);
        input.put("required", Boolean.toString(required));
        return PageErrors.saveOrShow(
                () -> {
                    FieldErrors errors = new FieldErrors();
                    CustomFieldKind chosenKind = CustomFieldKind.ofCode(kind).orElse(null);
                    errors.check(chosenKind != null, "kind", "must be contact, company or deal");
                    CustomFieldType chosenType = CustomFieldType.ofCode(type).orElse(null);
                    errors.check(chosenType != null, "type", "is not a field type");
                    Integer length = number(errors, "max_length", maxLength);
                    Integer decimals = number(errors, "scale", scale);
                    // The definition's own rules too, even without a kind or type, so that the form names every
                    // error at once; the page's words for a bad kind or type come first and stay.
                    NewCustomField definition = errors.collect(
                            "",
                            () -> new NewCustomField(
                                    chosenKind,
                                    key,
                                    label,
                                    chosenType,
                                    length,
                                    decimals,
                                    options.isBlank()
                                            ? List.of()
                                            : Arrays.stream(options.split(","))
                                                    .map(String::strip)
                                                    .toList(),
                                    required));
                    errors.throwIfAny();
                    CustomField field = crm.customFields().create(Objects.requireNonNull(definition));
                    redirect.addFlashAttribute(
                            "notice",
                            "Defined " + field.label() + " on " + field.kind().code() + " records.");
                    return new ModelAndView("redirect:/admin/custom-fields");
                },
                errors -> invalid(model, input, byInputName(errors)));
    }

    /**
     * crm-core's errors under the names of the form's inputs ({@code maxLength} is posted as {@code max_length}), in
     * the form's order.
     */
    private static Map<String, String> byInputName(Map<String, String> errors) {
        Map<String, String> named = new LinkedHashMap<>();
        INPUTS.forEach(input -> named.put(input, ""));
        errors.forEach((field, message) -> named.merge(
                field.equals("maxLength") ? "max_length" : field,
                message,
                (first, next) -> first.isEmpty() ? next : first));
        named.values().removeIf(String::isEmpty);
        return named;
    }

    @PostMapping("/admin/custom-fields/{id:\\d{1,18}}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        crm.customFields().deleteById(id);
        redirect.addFlashAttribute("notice", "Custom field deleted, with its values.");
        return "redirect:/admin/custom-fields";
    }

    private ModelAndView invalid(Model model, Map<String, String> input, Map<String, String> errors) {
        ModelAndView view = new ModelAndView(page(model, input, errors), model.asMap());
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private String page(Model model, Map<String, String> input, Map<String, String> errors) {
        List<CustomField> fields = new ArrayList<>();
        for (CustomFieldKind kind : CustomFieldKind.values()) {
            fields.addAll(crm.customFields().list(kind));
        }
        model.addAttribute("fields", fields);
        model.addAttribute("kinds", CustomFieldKind.values());
        model.addAttribute("types", CustomFieldType.values());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "admin/custom-fields";
    }

    private static @Nullable Integer number(FieldErrors errors, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number");
            return null;
        }
    }
}
