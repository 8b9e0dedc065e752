package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.VersionedUpdate;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.service.AggregateService;
import dev.crmkit.core.service.CustomizableService;
import dev.crmkit.examples.web.api.CustomFieldParams;
import dev.crmkit.examples.web.api.SortParam;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * its delete. A subclass says how to find its records and what its page shows beside the
 * record; the aggregate's service reads and deletes them, and {@link RecordPages} does the rest.
 *
 * @param <T> the record
 * @param <S> the record's sort enum
 * @param <F> the record's form as posted
 */
abstract class RecordController<
        T extends CrmRecord & CustomizableRecord<T>, S extends Enum<S> & SortField<T>, F extends TaggedForm> {

    /**
     * How a page's records are read, written, deleted and shown in a form.
     *
     * @param service the aggregate's service, which reads, writes and deletes the records
     * @param defaultSort the list's order when the address names none; its enum is the allowed sorts
     * @param emptyForm the form of a new record
     * @param formOf the form of a stored record with its tags
     * @param create checks the form of a new record, then writes it with its custom field values
     * @param update checks the form of a stored record, then writes it with its custom field values
     * @param deletedNotice the notice shown after a delete
     */
    record Records<T extends CrmRecord, S extends Enum<S>, F>(
            AggregateService<T, ?> service,
            S defaultSort,
            Supplier<F> emptyForm,
            BiFunction<T, List<String>, F> formOf,
            Function<F, RecordPages.Write<T>> create,
            Update<T, F> update,
            String deletedNotice) {

        /**
         * The records of a service with custom fields, written through it: a create from the
         * form's {@link RecordForm#toNew() command}, an update from its {@link RecordForm#toUpdate()
         * update}.
         */
        static <
                        T extends CrmRecord & CustomizableRecord<T>,
                        S extends Enum<S>,
                        N,
                        U extends VersionedUpdate,
                        F extends RecordForm<N, U>>
                Records<T, S, F> of(
                        CustomizableService<T, ?, N, U, ?> service,
                        S defaultSort,
                        Supplier<F> emptyForm,
                        BiFunction<T, List<String>, F> formOf,
                        String deletedNotice) {
            return new Records<>(
                    service,
                    defaultSort,
                    emptyForm,
                    formOf,
                    form -> {
                        N command = form.toNew();
                        return values -> service.create(command, CustomFieldValues.of(values));
                    },
                    (id, form) -> {
                        U update = form.toUpdate();
                        return values -> service.update(id, update, values);
                    },
                    deletedNotice);
        }
    }

    /**
     * Checks the form of the record with this id: the write of it with the custom field values
     * posted, or a {@code ValidationException} naming the form's fields that break a rule.
     */
    @FunctionalInterface
    interface Update<T, F> {
        RecordPages.Write<T> update(long id, F form);
    }

    /** The CRM the subclass finds its records and their related records in. */
    final Crm crm;

    private final RecordPages<T> pages;
    private final Records<T, S, F> records;

    RecordController(Crm crm, RecordPages.Kind<T> kind, Records<T, S, F> records) {
        this.crm = crm;
        this.pages = new RecordPages<>(crm, kind, this::formExtras);
        this.records = records;
    }

    /** {@return a page of the records with the text, all the tags and matching the custom field filters} */
    abstract Page<T> find(
            @Nullable String text, PageRequest<S> page, List<String> tags, List<CustomFieldFilter> customFields);

    /** {@return what the form needs beside the record (pickers' choices), by model attribute; nothing by default} */
    Map<String, Object> formExtras() {
        return Map.of();
    }

    /** {@return what the record's page lists beside it (its deals, tasks, contacts), by model attribute} */
    abstract Map<String, List<?>> related(long id);

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
                q,
                SortParam.parse(sort, records.defaultSort().getDeclaringClass(), records.defaultSort()),
                cursor,
                tag,
                customFields,
                query,
                this::find,
                model);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return pages.form(model, records.emptyForm().get(), null, null);
    }

    @PostMapping
    ModelAndView create(@ModelAttribute F form, HttpServletRequest request, RedirectAttributes redirect) {
        return pages.save(
                form,
                null,
                form.tagNames(),
                request,
                redirect,
                () -> records.create().apply(form));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        T record = records.service().getById(id);
        model.addAllAttributes(related(id));
        return pages.show(model, record);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        T record = records.service().getById(id);
        return pages.form(model, records.formOf().apply(record, pages.tagsOf(id)), id, record);
    }

    @PostMapping("/{id}")
    ModelAndView update(
            @PathVariable long id, @ModelAttribute F form, HttpServletRequest request, RedirectAttributes redirect) {
        return pages.save(
                form,
                id,
                form.tagNames(),
                request,
                redirect,
                () -> records.update().update(id, form));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        records.service().deleteById(id);
        redirect.addFlashAttribute("notice", records.deletedNotice());
        return "redirect:" + pages.address();
    }
}
