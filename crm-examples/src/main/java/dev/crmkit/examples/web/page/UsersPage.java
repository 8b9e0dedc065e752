package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.users.AppUser;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
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
 * {@code /admin/users}, for ADMIN only (the security configuration says so): list users, create one
 * with a role, change a role, disable, enable or delete one. An admin cannot change the role of,
 * disable or delete themself, so there is always someone left to manage users.
 */
@Controller
record UsersPage(AppUsers users) {

    @GetMapping("/admin/users")
    String list(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/admin/users")
    ModelAndView create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "USER") String role,
            Model model,
            RedirectAttributes redirect) {
        return PageErrors.saveOrShow(
                () -> {
                    users.create(username, password, role);
                    redirect.addFlashAttribute(
                            "notice", "Created " + username.strip().toLowerCase(Locale.ROOT) + ".");
                    return new ModelAndView("redirect:/admin/users");
                },
                errors -> invalid(model, username, role, errors));
    }

    @PostMapping("/admin/users/{id:\\d{1,18}}/{change:enable|disable|delete}")
    String change(@PathVariable long id, @PathVariable String change, Principal admin, RedirectAttributes redirect) {
        boolean self =
                users.findByUsername(admin.getName()).map(me -> me.id() == id).orElse(false);
        if (self && !change.equals("enable")) {
            redirect.addFlashAttribute("alert", "You cannot " + change + " yourself.");
        } else if (change.equals("delete")) {
            users.delete(id);
            redirect.addFlashAttribute("notice", "User deleted; their tokens stopped working.");
        } else {
            users.setEnabled(id, change.equals("enable"));
            redirect.addFlashAttribute("notice", "User " + change + "d.");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id:\\d{1,18}}/role")
    String role(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String role,
            Principal admin,
            RedirectAttributes redirect) {
        boolean self =
                users.findByUsername(admin.getName()).map(me -> me.id() == id).orElse(false);
        if (self) {
            // As with disabling: there is always an admin left to manage users.
            redirect.addFlashAttribute("alert", "You cannot change your own role.");
            return "redirect:/admin/users";
        }
        try {
            AppUser changed = users.setRole(id, role);
            redirect.addFlashAttribute(
                    "notice",
                    changed.username() + " is now " + changed.role().label() + "; their sessions have ended.");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("alert", "Role " + e.errors().get("role") + ".");
        }
        return "redirect:/admin/users";
    }

    /** The form again, keeping the username and role (never the password) and naming every error. */
    private ModelAndView invalid(Model model, String username, String role, Map<String, String> errors) {
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        ModelAndView view = new ModelAndView(page(model, errors), model.asMap());
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private String page(Model model, Map<String, String> errors) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        return "admin/users";
    }
}
