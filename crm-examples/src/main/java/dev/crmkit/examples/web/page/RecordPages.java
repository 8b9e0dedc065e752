package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.examples.InputErrors;
import dev.crmkit.examples.web.api.CustomFieldParams;
import dev.crmkit.examples.web.api.SortParam;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list and form pages of a tagged record with custom fields (contacts, companies): the
 * listing's filters and model, the save with its tags in one transaction, and the form shown
 * again with crm-core's errors. {@link RecordController} maps the addresses onto it; a {@link Kind}
 * says what differs between two such records.
 *
 * @param <T> the record
 */
final class RecordPages<T extends CrmRecord & CustomizableRecord<T>> {

    /** The rows per list page. */
    static final int PAGE_SIZE = 20;

    /**
     * What differs between two such pages.
     *
     * @param path the address and template folder, {@code contacts}
     * @param fields the record's kind for custom fields; its code names the record in a sentence
     *     ({@code contact}) and is its kind for tags
     * @param label a record's name in a notice
     * @param <T> the record
     */
    record Kind<T>(String path, CustomFieldKind fields, Function<T, String> label) {

        /** {@return the record in a sentence, {@code contact}} */
        String noun() {
            return fields.code();
        }

        /** {@return the record's kind for tags} */
        TaggableKind tags() {
            return TaggableKind.ofCode(fields.code()).orElseThrow();
        }
    }

    /** Finds a page of records by text, tags and custom field filters. */
    @FunctionalInterface
    interface Finder<T extends CrmRecord, S extends SortField<T>> {
        Page<T> find(
                @Nullable String text, PageRequest<S> page, List<String> tags, List<CustomFieldFilter> customFields);
    }

    /** Writes a record with the custom field values posted. */
    @FunctionalInterface
    interface Write<T> {
        T write(Map<String, @Nullable Object> customFields);
    }

    private final Crm crm;
    private final Kind<T> kind;
    private final Supplier<Map<String, Object>> formExtras;

    /** @param formExtras what the form needs beside the record (pickers' choices) */
    RecordPages(Crm crm, Kind<T> kind, Supplier<Map<String, Object>> formExtras) {
        this.crm = crm;
        this.kind = kind;
        this.formExtras = formExtras;
    }

    /** The list page: the records matching the text, tags and custom field filters, one page of them. */
    <S extends Enum<S> & SortField<T>> String list(
            @Nullable String q,
            SortParam<S> order,
            @Nullable String cursor,
            @Nullable List<String> tag,
            CustomFieldParams customFields,
            MultiValueMap<String, String> query,
            Finder<T, S> finder,
            Model model) {
        List<String> filterTags =
                tag == null ? List.of() : tag.stream().filter(t -> !t.isBlank()).toList();
        Page<T> page = finder.find(
                q,
                new PageRequest<>(order.field(), order.direction(), PAGE_SIZE, cursor, true),
                filterTags,
                customFields.filters());
        model.addAttribute("page", page);
        model.addAttribute(
                "tagsOf",
                crm.tags()
                        .tagsOf(
                                kind.tags(),
                                page.items().stream().map(CrmRecord::id).toList()));
        CustomFieldListing listing = CustomFieldListing.of(fields(), query);
        model.addAttribute("fields", listing);
        model.addAttribute(
                "fieldsOf",
                page.items().stream().collect(Collectors.toMap(CrmRecord::id, r -> listing.shown(r.customFields()))));
        model.addAttribute("tag", filterTags);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", order.format());
        model.addAttribute("sorts", order.field().getDeclaringClass().getEnumConstants());
        return kind.path() + "/list";
    }

    /** The custom fields defined for this kind of record. */
    List<CustomField> fields() {
        return crm.customFields().list(kind.fields());
    }

    /** The empty form, or the stored record's ({@code record} non-null with its {@code id}). */
    String form(Model model, Object form, @Nullable Long id, @Nullable T record) {
        model.addAttribute(
                "customInputs",
                CustomFieldInputs.of(fields(), record == null ? CustomFieldValues.empty() : record.customFields()));
        model.addAllAttributes(formExtras.get());
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", Map.of());
        return kind.path() + "/form";
    }

    /** The show page's record (named by the noun), its tags and custom field values; the caller adds the related lists. */
    String show(Model model, T record) {
        model.addAttribute(kind.noun(), record);
        model.addAttribute("tags", crm.tags().tagsOf(kind.tags(), record.id()));
        model.addAttribute("customValues", CustomFieldInputs.shown(fields(), record.customFields()));
        return kind.path() + "/show";
    }

    /** {@return the list's address, {@code /contacts}} */
    String address() {
        return "/" + kind.path();
    }

    /** The tags the record has now, for the edit form. */
    List<String> tagsOf(long id) {
        return crm.tags().tagsOf(kind.tags(), id);
    }

    /**
     * Writes the record and sets its tags in one transaction, then redirects to its page; when
     * crm-core refuses, shows the form again with the errors and the values posted. The form's
     * fields, its custom field values and its tags are checked before anything is written, so the
     * form comes back once with every error of them.
     *
     * @param id the record edited, {@code null} for a new one
     * @param checked checks the form's own fields and returns the write of it
     */
    ModelAndView save(
            Object form,
            @Nullable Long id,
            List<String> tagNames,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Supplier<Write<T>> checked) {
        List<CustomField> fields = fields();
        List<CustomFieldInputs.Input> posted = CustomFieldInputs.posted(fields, request);
        Map<String, @Nullable Object> values = CustomFieldInputs.values(fields, request);
        return PageErrors.saveOrShow(
                "Someone else changed this " + kind.noun() + " meanwhile, so nothing was saved.",
                () -> {
                    InputErrors errors = InputErrors.withCrmNames();
                    Write<T> write = errors.collect(checked);
                    // The form posts every field, so the values posted are all the record will have.
                    errors.customFields(kind.fields(), fields, values, false);
                    errors.tags(tagNames);
                    errors.throwIfAny();
                    T saved = crm.inTransaction(() -> {
                        T written = Objects.requireNonNull(write).write(values);
                        crm.tags().replace(kind.tags(), written.id(), tagNames);
                        return written;
                    });
                    redirect.addFlashAttribute(
                            "notice",
                            (id == null ? "Created " : "Saved ") + kind.label().apply(saved) + ".");
                    return new ModelAndView("redirect:/" + kind.path() + "/" + saved.id());
                },
                errors -> invalid(form, id, errors, posted));
    }

    private ModelAndView invalid(
            Object form, @Nullable Long id, Map<String, String> errors, List<CustomFieldInputs.Input> inputs) {
        ModelAndView view = new ModelAndView(kind.path() + "/form");
        view.addObject("customInputs", inputs);
        view.addAllObjects(formExtras.get());
        view.addObject("form", form);
        view.addObject("id", id);
        view.addObject("errors", errors);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }
}
