package dev.crmkit.examples.web.page;

import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.ActorKind;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.examples.web.chat.Assistant;
import dev.crmkit.examples.web.chat.ChatMessages;
import dev.crmkit.examples.web.chat.DisplayNames;
import dev.crmkit.examples.web.guard.ControlCharacters;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /chat}: the conversation of this browser session with the assistant, the actions it took,
 * and confirm/reject buttons for those waiting. Sending is a plain form post (the answer appears
 * when the page comes back); the page's script streams the answer instead when it can. The
 * conversation is the logged-in user's ({@link dev.crmkit.examples.web.chat.ConversationOwners}).
 */
@Controller
record ChatPage(Assistant assistant, Crm crm) {

    private static final String CONVERSATION = "chatConversation";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @GetMapping("/chat")
    String chat(HttpSession session, Principal user, Model model) {
        Optional<CrmAgent> agent = assistant.agent();
        String conversation = agent.isPresent() && !assistant.owners().mayUse(conversation(session), user.getName())
                ? restart(session)
                : conversation(session);
        model.addAttribute("available", agent.isPresent());
        model.addAttribute("unavailable", assistant.reason());
        model.addAttribute("pullCommand", Assistant.PULL_COMMAND);
        model.addAttribute("modelOption", Assistant.MODEL_OPTION);
        model.addAttribute("conversation", conversation);
        model.addAttribute("messageMaxLength", ChatMessages.MAX_LENGTH);
        model.addAttribute("messages", agent.map(a -> a.history(conversation)).orElse(List.of()));
        List<ActionView> actions = agent.map(a -> a.actions(conversation)).orElse(List.of()).stream()
                .map(ActionView::of)
                .toList();
        model.addAttribute("actions", actions);
        model.addAttribute(
                "pending", actions.stream().filter(ActionView::pending).toList());
        model.addAttribute("lastChangeSet", agent.isPresent() ? lastChangeSet(user, conversation) : null);
        return "chat";
    }

    /** Undoes a turn of this session's conversation: the undo button shown after a turn that changed data. */
    @PostMapping("/chat/undo/{changeSetId}")
    String undo(@PathVariable String changeSetId, HttpSession session, Principal user, RedirectAttributes redirect) {
        String conversation = conversation(session);
        boolean ours;
        try {
            Actor actor = crm.changeSets().get(changeSetId).actor();
            ours = actor.kind() == ActorKind.AGENT && actor.id().equals(conversation);
        } catch (NotFoundException e) {
            ours = false;
        }
        if (!ours || !assistant.owners().mayUse(conversation, user.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such change in this conversation");
        }
        ChangeSetUndo.undo(crm, changeSetId, "the assistant's last change", redirect);
        return "redirect:/chat";
    }

    /** The change set of the assistant's newest write in the conversation, if it made any. */
    private @Nullable String lastChangeSet(Principal user, String conversation) {
        return crm.audit().byActor(Actor.agent(user.getName(), conversation), null, 1).items().stream()
                .findFirst()
                .flatMap(AuditEntry::changeSetId)
                .orElse(null);
    }

    @PostMapping("/chat")
    String send(
            @RequestParam(defaultValue = "") String message,
            HttpSession session,
            Principal user,
            RedirectAttributes redirect) {
        Optional<CrmAgent> agent = assistant.agent();
        String text = message.strip();
        Optional<String> broken = ChatMessages.broken(text);
        if (agent.isEmpty()) {
            redirect.addFlashAttribute("alert", assistant.reason());
        } else if (text.isEmpty()) {
            redirect.addFlashAttribute("alert", "Type a message first.");
        } else if (broken.isPresent()) {
            // the API's rule in the API's words; the draft comes back to be shortened or fixed
            String length = text.length() > ChatMessages.MAX_LENGTH ? " (this one has " + text.length() + ")" : "";
            redirect.addFlashAttribute("alert", "Not sent: the message " + broken.get() + length + ".");
            String draft = ControlCharacters.removedFrom(text);
            redirect.addFlashAttribute("draft", draft.substring(0, Math.min(draft.length(), ChatMessages.MAX_LENGTH)));
        } else {
            String conversation = conversation(session);
            if (!assistant.owners().claim(conversation, user.getName())) {
                conversation = restart(session);
                assistant.owners().claim(conversation, user.getName());
            }
            try {
                agent.get().chat(conversation, text);
            } catch (AgentException e) {
                redirect.addFlashAttribute("alert", Assistant.failure(e));
            }
        }
        return "redirect:/chat";
    }

    @PostMapping("/chat/actions/{actionId}/{decision:confirm|reject}")
    String decide(
            @PathVariable String actionId,
            @PathVariable String decision,
            HttpSession session,
            Principal user,
            RedirectAttributes redirect) {
        assistant.agent().ifPresent(agent -> {
            if (!assistant.owners().mayUse(conversation(session), user.getName())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such conversation");
            }
            try {
                AgentAction action = decision.equals("confirm")
                        ? agent.confirm(conversation(session), actionId)
                        : agent.reject(conversation(session), actionId);
                redirect.addFlashAttribute(
                        "notice",
                        DisplayNames.of(action.tool()) + ": "
                                + action.status().name().toLowerCase(Locale.ROOT)
                                + (action.error() == null ? "" : " — " + action.error()));
            } catch (AgentException e) {
                redirect.addFlashAttribute("alert", e.getMessage());
            }
        });
        return "redirect:/chat";
    }

    @PostMapping("/chat/new")
    String newConversation(HttpSession session) {
        restart(session);
        return "redirect:/chat";
    }

    /**
     * An action as the page shows it: the tool and its arguments by display name, values as text.
     *
     * @param fields argument name → value, in the order the model wrote them
     */
    record ActionView(
            String id,
            String tool,
            String status,
            boolean pending,
            Map<String, String> fields,
            @Nullable String error) {

        static ActionView of(AgentAction action) {
            Map<String, String> fields = new LinkedHashMap<>();
            try {
                JSON.readTree(action.arguments())
                        .properties()
                        .forEach(field -> fields.put(
                                DisplayNames.of(field.getKey()),
                                field.getValue().isString()
                                        ? field.getValue().asString()
                                        : field.getValue().toString()));
            } catch (JacksonException e) {
                fields.put("Arguments", action.arguments());
            }
            return new ActionView(
                    action.id(),
                    DisplayNames.of(action.tool()),
                    action.status().name().toLowerCase(Locale.ROOT),
                    action.isPending(),
                    fields,
                    action.error());
        }
    }

    private static String restart(HttpSession session) {
        String created = UUID.randomUUID().toString();
        session.setAttribute(CONVERSATION, created);
        return created;
    }

    private static String conversation(HttpSession session) {
        Object id = session.getAttribute(CONVERSATION);
        if (id instanceof String existing) {
            return existing;
        }
        String created = UUID.randomUUID().toString();
        session.setAttribute(CONVERSATION, created);
        return created;
    }
}
