package dev.crmkit.examples.web.imports;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.web.page.ChangeSetUndo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
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

    @GetMapping("/imports")
    String form(Model model) {
        model.addAttribute(
                "entities", ImportJobs.IMPORTERS.keySet().stream().sorted().toList());
        return "imports/form";
    }

    @PostMapping("/imports")
    String start(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "contacts") String entity,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            Principal user,
            Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("alert", "Choose a CSV file to import.");
            return form(model);
        }
        try (InputStream in = file.getInputStream()) {
            return "redirect:/imports/"
                    + jobs.start(entity, dryRun, in, user.getName()).id();
        } catch (ValidationException e) {
            model.addAttribute("alert", String.join("; ", e.errors().values()));
            return form(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
