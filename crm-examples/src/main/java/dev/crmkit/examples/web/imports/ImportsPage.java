package dev.crmkit.examples.web.imports;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.web.page.ChangeSetUndo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /imports}: upload a CSV of contacts, companies, deals or tasks (a plain multipart form),
 * then {@code /imports/{id}} shows the job's progress and counts (the page's script refreshes them
 * from the API; without it, the page reloads itself while the job runs) and links its error CSV.
 */
@Controller
record ImportsPage(ImportJobs jobs, Crm crm) {

    /** What the form offers: contacts first (the default), then the rest alphabetically. */
    private static final List<String> ENTITIES = ImportJobs.IMPORTERS.keySet().stream()
            .sorted(Comparator.comparing((String entity) -> !entity.equals("contacts"))
                    .thenComparing(Comparator.naturalOrder()))
            .toList();

    @GetMapping("/imports")
    String form(Model model) {
        return form(model, "contacts", false);
    }

    /** The form, with the choices a refused upload made kept. */
    private static String form(Model model, String entity, boolean dryRun) {
        model.addAttribute("entities", ENTITIES);
        model.addAttribute("entity", entity);
        model.addAttribute("dryRun", dryRun);
        return "imports/form";
    }

    @PostMapping("/imports")
    String start(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "contacts") String entity,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            Principal user,
            Model model) {
        // no file chosen (a browser sends an empty part without a name); an empty chosen file is refused below
        if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
            model.addAttribute("alert", "Choose a CSV file to import.");
            return form(model, entity, dryRun);
        }
        try (InputStream in = file.getInputStream()) {
            return "redirect:/imports/"
                    + jobs.start(entity, dryRun, in, user.getName()).id();
        } catch (ValidationException e) {
            model.addAttribute("alert", String.join("; ", e.errors().values()));
            return form(model, entity, dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(@Nullable String name) {
        return name == null || name.isBlank();
    }

    @GetMapping("/imports/{id}")
    String show(@PathVariable long id, Principal user, Model model) {
        ImportJob.View job = jobs.get(id, user.getName()).view();
        model.addAttribute("job", ImportJson.of(job));
        model.addAttribute("finished", job.finishedAt() != null);
        return "imports/show";
    }

    /** Undoes a finished import of this user's as one step, or says which records changed since. */
    @PostMapping("/imports/{id}/undo")
    String undo(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        String changeSet = jobs.get(id, user.getName()).view().changeSetId();
        if (changeSet == null) {
            throw new NotFoundException("undoable import", id);
        }
        ChangeSetUndo.undo(crm, changeSet, "the import", redirect);
        return "redirect:/imports/" + id;
    }
}
