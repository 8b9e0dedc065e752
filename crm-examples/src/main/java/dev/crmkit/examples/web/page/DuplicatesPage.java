package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.duplicate.DuplicateGroup;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.DuplicatePage;
import dev.crmkit.core.duplicate.DuplicateQuery;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /duplicates}: groups of likely duplicate contacts or companies, each with a link to its
 * merge form; {@code /duplicates/merge}: choose the survivor and each field, preview the result (a
 * dry run), then confirm. The form carries the versions the records were shown at, so a record
 * edited meanwhile makes the confirmation fail with a message instead of overwriting the edit. The
 * page a merge leads to offers its undo ({@code POST /duplicates/undo/{changeSetId}}).
 */
@Controller
record DuplicatesPage(Crm crm) {

    /** A group as the list shows it. */
    record Group(DuplicateGroup<?> group, List<MergeView> records, String mergeHref) {}

    @GetMapping("/duplicates")
    ModelAndView list(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String cursor) {
        DuplicateKind which = MergeView.kind(kind);
        DuplicateQuery query = DuplicateQuery.all().after(cursor == null || cursor.isBlank() ? null : cursor);
        DuplicatePage<? extends CrmRecord> page = which == DuplicateKind.CONTACT
                ? crm.duplicates().contacts(query)
                : crm.duplicates().companies(query);
        List<Group> groups = new ArrayList<>();
        for (DuplicateGroup<? extends CrmRecord> group : page.groups()) {
            List<MergeView> records =
                    group.records().stream().map(MergeView::of).toList();
            StringBuilder href = new StringBuilder("/duplicates/merge?kind=" + MergeView.param(which));
            records.forEach(record -> href.append("&ids=").append(record.id()));
            groups.add(new Group(group, records, href.toString()));
        }
        ModelAndView view = new ModelAndView("duplicates/list");
        view.addObject("kind", MergeView.param(which));
        view.addObject("groups", groups);
        view.addObject("next", page.next());
        return view;
    }

    @GetMapping("/duplicates/merge")
    ModelAndView form(@RequestParam(required = false) @Nullable String kind, @RequestParam List<Long> ids) {
        DuplicateKind which = MergeView.kind(kind);
        List<MergeView> records = ids.stream()
                .distinct()
                .map(id -> MergeView.load(crm, which, id))
                .toList();
        if (records.size() < 2) {
            throw new ValidationException("ids", "a merge needs two records or more");
        }
        return form(which, records, records.get(0).id(), Map.of());
    }

    @PostMapping("/duplicates/merge")
    ModelAndView merge(@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        DuplicateKind which = MergeView.kind(params.getFirst("kind"));
        MergeRequest request = request(params);
        List<MergeView> records = request.versions().keySet().stream()
                .map(id -> MergeView.load(crm, which, id))
                .toList();
        boolean confirm = "confirm".equals(params.getFirst("action"));
        try {
            MergeResult<? extends CrmRecord> result = which == DuplicateKind.CONTACT
                    ? crm.duplicates().mergeContacts(confirm ? request : request.asDryRun())
                    : crm.duplicates().mergeCompanies(confirm ? request : request.asDryRun());
            if (confirm) {
                MergeView survivor = MergeView.of(result.record());
                redirect.addFlashAttribute(
                        "notice", "Merged " + result.mergedIds().size() + " into " + survivor.title() + ".");
                result.changeSetId().ifPresent(id -> redirect.addFlashAttribute("undoMerge", id));
                return new ModelAndView("redirect:" + survivor.href());
            }
            ModelAndView view = form(which, records, request.survivorId(), request.fields());
            view.addObject("preview", MergeView.of(result.record()));
            view.addObject("relinked", result.relinked());
            view.addObject("versions", request.versions());
            return view;
        } catch (StaleVersionException e) {
            ModelAndView view = form(which, records, request.survivorId(), request.fields());
            view.addObject(
                    "alert",
                    "One of these records was changed meanwhile (" + e.entity() + " " + e.id()
                            + "). The form now shows it as it is: check the choices and preview again.");
            view.setStatus(HttpStatus.CONFLICT);
            return view;
        }
    }

    /**
     * Undoes a merge of this user's (the button the page after a merge shows), or says which
     * records changed since; a change set of someone else's is not found.
     */
    @PostMapping("/duplicates/undo/{changeSetId}")
    String undo(@PathVariable String changeSetId, Principal user, RedirectAttributes redirect) {
        boolean ours;
        try {
            ours = crm.changeSets().get(changeSetId).actor().equals(Actor.user(user.getName()));
        } catch (NotFoundException e) {
            ours = false;
        }
        if (!ours) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such merge of yours");
        }
        ChangeSetUndo.undo(crm, changeSetId, "the merge", redirect);
        return "redirect:/duplicates";
    }

    private ModelAndView form(DuplicateKind kind, List<MergeView> records, long survivor, Map<String, Long> chosen) {
        ModelAndView view = new ModelAndView("duplicates/merge");
        view.addObject("kind", MergeView.param(kind));
        view.addObject("records", records);
        view.addObject("fields", MergeView.fields(kind));
        view.addObject("survivor", survivor);
        Map<String, Long> selected = new LinkedHashMap<>();
        MergeView kept =
                records.stream().filter(r -> r.id() == survivor).findFirst().orElse(records.get(0));
        for (String field : MergeView.fields(kind)) {
            Long source = chosen.get(field);
            if (source == null) {
                source = kept.values().get(field).isEmpty()
                        ? records.stream()
                                .filter(r -> !r.values().get(field).isEmpty())
                                .map(MergeView::id)
                                .findFirst()
                                .orElse(kept.id())
                        : kept.id();
            }
            selected.put(field, source);
        }
        view.addObject("selected", selected);
        Map<Long, Long> versions = new LinkedHashMap<>();
        records.forEach(record -> versions.put(record.id(), record.version()));
        view.addObject("versions", versions);
        return view;
    }

    /** The form's survivor, the versions it was shown at ({@code v} = {@code id:version}) and the chosen fields. */
    private static MergeRequest request(MultiValueMap<String, String> params) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (String pair : params.getOrDefault("v", List.of())) {
            String[] parts = pair.split(":", 2);
            try {
                versions.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ValidationException("v", "must be id:version");
            }
        }
        long survivor = number(params.getFirst("survivor"), "survivor");
        Map<String, Long> fields = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith("field_") && !values.isEmpty() && !values.get(0).isBlank()) {
                fields.put(name.substring("field_".length()), number(values.get(0), name));
            }
        });
        return new MergeRequest(survivor, versions, fields, false);
    }

    private static long number(@Nullable String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a record's id");
        }
    }
}
