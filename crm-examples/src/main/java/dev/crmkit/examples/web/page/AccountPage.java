package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.IssuedToken;
import java.security.Principal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /account/tokens}: the logged-in user's API tokens. A new token is shown once, on the page
 * that answers its creation (never in a redirect or the session); afterwards only its name and
 * first characters are known. Every role, READONLY included, manages its own tokens, which carry
 * its role. Another user's token is 404.
 */
@Controller
record AccountPage(AppUsers users) {

    @GetMapping("/account/tokens")
    String tokens(Principal user, Model model) {
        return page(user, model, null, Map.of());
    }

    @PostMapping("/account/tokens")
    ModelAndView create(@RequestParam(defaultValue = "") String name, Principal user, Model model) {
        try {
            return new ModelAndView(page(user, model, users.issueToken(user.getName(), name), Map.of()), model.asMap());
        } catch (ValidationException e) {
            model.addAttribute("name", name);
            ModelAndView view = new ModelAndView(page(user, model, null, e.errors()), model.asMap());
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    @PostMapping("/account/tokens/{id:\\d{1,18}}/revoke")
    String revoke(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        if (!users.revokeToken(user.getName(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "token " + id + " does not exist");
        }
        redirect.addFlashAttribute("notice", "Token revoked: clients using it now get 401.");
        return "redirect:/account/tokens";
    }

    private String page(Principal user, Model model, @Nullable IssuedToken created, Map<String, String> errors) {
        model.addAttribute("tokens", users.tokens(user.getName()));
        model.addAttribute("created", created);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "apiUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/contacts")
                        .toUriString());
        return "account/tokens";
    }
}
