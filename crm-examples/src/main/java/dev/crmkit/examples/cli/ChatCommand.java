package dev.crmkit.examples.cli;

import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.AgentReply;
import dev.crmkit.agent.AgentStreamHandler;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.TurnCancellation;
import dev.crmkit.agent.TurnCancelledException;
import dev.crmkit.agent.config.AgentModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm chat}: a conversation with the assistant in the terminal. The answer streams as it is
 * written; every action is shown as it happens; an action that deletes or touches many records
 * waits for {@code y} at a {@code [y/N]} prompt, and anything else rejects it. Ctrl-C while an answer
 * is written stops that answer ({@link TurnCancellation}) and the conversation goes on; at the prompt
 * it ends the program.
 */
@Command(name = "chat", description = "Talk to the assistant; it asks before deleting anything.")
final class ChatCommand extends ModelSubcommand {

    @Option(names = "--conversation", description = "a name for the conversation (default: a new one)")
    @Nullable
    String conversation;

    @Override
    public Integer call() {
        CrmCommand root = root();
        PrintWriter out = root.textOut("crm chat", "it is a conversation in text");
        try (AgentModel chosen = openModel();
                CrmAgent agent =
                        chosen.applyTo(CrmAgent.builder().crm(root.crm())).build()) {
            repl(agent, root.environment().in(), out);
            return 0;
        } finally {
            root.close();
        }
    }

    private void repl(CrmAgent agent, BufferedReader in, PrintWriter out) {
        String id = conversation != null ? conversation : UUID.randomUUID().toString();
        out.println("Chatting with the assistant. Ctrl-C stops an answer; type exit (or end the input) to leave.");
        for (String line = prompt(in, out, "you> "); line != null && !isExit(line); line = prompt(in, out, "you> ")) {
            if (line.isBlank()) {
                continue;
            }
            AgentReply reply = answer(agent, id, line.strip(), out);
            if (reply != null) {
                decide(agent, id, reply.pending(), in, out);
            }
        }
        out.println("bye");
        out.flush();
    }

    /** @return the assistant's reply, streamed to {@code out} as it comes; null when it failed or was stopped */
    private static @Nullable AgentReply answer(CrmAgent agent, String id, String message, PrintWriter out) {
        out.print("assistant> ");
        out.flush();
        TurnCancellation cancellation = new TurnCancellation();
        CtrlC ctrlC = CtrlC.during(cancellation::cancel);
        try {
            AgentReply reply = agent.chat(
                    id,
                    message,
                    new AgentStreamHandler() {
                        @Override
                        public void onText(String fragment) {
                            out.print(fragment);
                            out.flush();
                        }

                        @Override
                        public void onAction(AgentAction action) {
                            if (!action.isPending()) {
                                out.printf("%n  [%s %s: %s]%n", action.tool(), action.arguments(), outcome(action));
                                out.flush();
                            }
                        }
                    },
                    cancellation);
            out.println();
            return reply;
        } catch (TurnCancelledException e) { // Ctrl-C: the answer stops, the conversation goes on
            out.println();
            out.println("[stopped]");
            return null;
        } catch (AgentException e) { // the model failed (a server down, say): tell why, and go on
            out.println();
            out.println("error: " + e.getMessage());
            return null;
        } finally {
            ctrlC.close();
            out.flush();
        }
    }

    /** Asks about each pending action; only an explicit yes runs it. */
    private static void decide(
            CrmAgent agent, String id, List<AgentAction> pending, BufferedReader in, PrintWriter out) {
        for (AgentAction action : pending) {
            String answer = prompt(
                    in,
                    out,
                    "The assistant wants to run " + action.tool() + " " + action.arguments() + ". Allow it? [y/N] ");
            boolean yes = answer != null
                    && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
            AgentAction decided = yes ? agent.confirm(id, action.id()) : agent.reject(id, action.id());
            out.printf("  [%s: %s]%n", decided.tool(), outcome(decided));
            out.flush();
        }
    }

    private static String outcome(AgentAction action) {
        String status = action.status().name().toLowerCase(Locale.ROOT);
        if (action.error() != null) {
            return status + " — " + action.error();
        }
        return action.result() == null ? status : status + " " + action.result();
    }

    private static @Nullable String prompt(BufferedReader in, PrintWriter out, String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isExit(String line) {
        return List.of("exit", "quit", "/exit", "/quit").contains(line.strip().toLowerCase(Locale.ROOT));
    }
}
