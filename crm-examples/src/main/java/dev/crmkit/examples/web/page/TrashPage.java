package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashKind;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /trash}: the deleted contacts, companies, deals, tasks and pipelines, newest first, each with a
 * restore button (a conflict, e.g. a live contact that took the email, comes back as the page's
 * alert) and a purge button.
 */
@Controller
record TrashPage(Crm crm) {

    /** Entries per page. */
    static final int LIMIT = 50;

    /** An entry as the page shows it: with its kind's name and the path of its buttons. */
    record Row(TrashEntry entry, String kind, String path) {
        static Row of(TrashEntry entry) {
            String code = entry.kind().code();
            return new Row(
                    entry,
                    Character.toUpperCase(code.charAt(0)) + code.substring(1),
                    "/trash/" + code + "/" + entry.recordId());
        }
    }

    @GetMapping("/trash")
    ModelAndView list(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String cursor) {
        TrashKind only = kind == null || kind.isBlank() ? null : kind(kind);
        Page<TrashEntry> page = crm.trash().list(only, cursor, LIMIT);
        ModelAndView view = new ModelAndView("trash");
        view.addObject("rows", page.items().stream().map(Row::of).toList());
        view.addObject(
                "kinds", Arrays.stream(TrashKind.values()).map(TrashKind::code).toList());
        view.addObject("kind", only == null ? "" : only.code());
        view.addObject("nextCursor", page.nextCursor().orElse(null));
        view.addObject("retentionDays", crm.trash().retention().toDays());
        return view;
    }

    @PostMapping("/trash/{kind}/{id}/restore")
    String restore(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        TrashKind trashKind = kind(kind);
        try {
            CrmRecord restored = crm.trash().restore(trashKind, id);
            redirect.addFlashAttribute("notice", "Restored " + trashKind.code() + " " + restored.id() + ".");
            return "redirect:/" + trashKind.plural() + "/" + restored.id();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
            return "redirect:/trash";
        }
    }

    @PostMapping("/trash/{kind}/{id}/purge")
    String purge(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        crm.trash().purge(kind(kind), id);
        redirect.addFlashAttribute("notice", "Purged " + kind + " " + id + " for good.");
        return "redirect:/trash";
    }

    private static TrashKind kind(String name) {
        return TrashKind.of(name)
                .orElseThrow(() -> new dev.crmkit.core.kernel.ValidationException(
                        "kind",
                        "must be one of "
                                + Arrays.stream(TrashKind.values())
                                        .map(TrashKind::code)
                                        .toList()));
    }
}
