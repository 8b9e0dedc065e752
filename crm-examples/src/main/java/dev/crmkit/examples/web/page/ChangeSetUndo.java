package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.ConflictException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a page's undo button does once it knows the change set is the user's to undo. */
public final class ChangeSetUndo {

    private ChangeSetUndo() {}

    /**
     * Undoes the change set, leaving a notice with how many record changes were reverted, or an
     * alert naming the records changed since (the message of the refusal) for the next page.
     *
     * @param crm the CRM
     * @param changeSetId the change set to undo
     * @param what what the notice says was undone, e.g. {@code the import}
     * @param redirect where the notice or alert goes
     */
    public static void undo(Crm crm, String changeSetId, String what, RedirectAttributes redirect) {
        try {
            int changes = crm.changeSets().undo(changeSetId).entries().size();
            redirect.addFlashAttribute(
                    "notice", "Undid " + what + " (" + changes + " record change" + (changes == 1 ? "" : "s") + ").");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
    }
}
