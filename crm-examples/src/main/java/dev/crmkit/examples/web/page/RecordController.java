package dev.crmkit.examples.web.page;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortField;
import dev.crmkit.examples.web.api.CustomFieldParams;
import dev.crmkit.examples.web.api.SortParam;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The addresses of a tagged record with custom fields under the subclass's
 * {@code @RequestMapping}: the list, the new and edit forms and their posts, the record's page and
 * its delete. A subclass says how to find, read, write and delete its records and what its page
 * shows beside the record; {@link RecordPages} does the rest.
 *
 * @param <T> the record
 * @param <S> the record's sort enum
 * @param <F> the record's form as posted
 */
abstract class RecordController<T extends CrmRecord, S extends Enum<S> & SortField<T>, F> {

    private final RecordPages<T> pages;
    private final Class<S> sortType;
    private final S defaultSort;

    RecordController(RecordPages<T> pages, Class<S> sortType, S defaultSort) {
        this.pages = pages;
        this.sortType = sortType;
        this.defaultSort = defaultSort;
    }

    /** {@return a page of the records with the text, all the tags and matching the custom field filters} */
    abstract Page<T> find(
            @Nullable String text, PageRequest<S> page, List<String> tags, List<CustomFieldFilter> customFields);

    /** {@return the record, or a {@code NotFoundException}} */
    abstract T getById(long id);

    /** {@return the form of a new record} */
    abstract F emptyForm();

    /** {@return the form showing the record and its tags} */
    abstract F formOf(T record, List<String> tags);

    /** {@return the tag names the form posted} */
    abstract List<String> tagNames(F form);

    /** {@return the record created from the form} */
    abstract T createFrom(F form, CustomFieldValues customFields);

    /** {@return the record updated from the form} */
    abstract T updateFrom(long id, F form, Map<String, @Nullable Object> customFields);

    /** Adds what the record's page lists beside it (its deals, tasks, contacts). */
    abstract void addRelated(long id, Model model);

    /** Deletes the record; {@return the notice saying what went with it} */
    abstract String deleteById(long id);

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(name = "tag", required = false) @Nullable List<String> tag,
            CustomFieldParams customFields,
            @RequestParam MultiValueMap<String, String> query,
            Model model) {
        return pages.list(
                q, SortParam.parse(sort, sortType, defaultSort), cursor, tag, customFields, query, this::find, model);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return pages.form(model, emptyForm(), null, null);
    }

    @PostMapping
    ModelAndView create(@ModelAttribute F form, HttpServletRequest request, RedirectAttributes redirect) {
        return pages.save(
                form,
                null,
                tagNames(form),
                request,
                redirect,
                values -> createFrom(form, CustomFieldValues.of(values)));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        T record = getById(id);
        addRelated(id, model);
        return pages.show(model, record);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        T record = getById(id);
        return pages.form(model, formOf(record, pages.tagsOf(id)), id, record);
    }

    @PostMapping("/{id}")
    ModelAndView update(
            @PathVariable long id, @ModelAttribute F form, HttpServletRequest request, RedirectAttributes redirect) {
        return pages.save(form, id, tagNames(form), request, redirect, values -> updateFrom(id, form, values));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", deleteById(id));
        return "redirect:" + pages.address();
    }
}
