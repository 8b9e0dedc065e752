package dev.crmkit.core.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run exercised, by the reference's answers: per operation type, how many succeeded and how
 * many were refused, and with which error. Logged, so a reader can see the run was not trivial.
 */
final class Coverage {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private int pagesWithItems;
    private int resumedPages;

    void add(List<Op> ops, Target reference) {
        List<Outcome> outcomes = Run.modelOutcomes(ops, reference);
        for (int i = 0; i < ops.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome instanceof Outcome.Value value && value.value() instanceof ChangeSetOps.Undone undone) {
                outcome = undone.undo();
            }
            String answer = outcome instanceof Outcome.Failure failure ? failure.type() + failure.fields() : "ok";
            counts.computeIfAbsent(name(ops.get(i)), op -> new TreeMap<>()).merge(answer, 1, Integer::sum);
            if (outcome instanceof Outcome.Value value && value.value() instanceof List<?> pages) {
                pagesWithItems += (int) pages.stream()
                        .filter(page -> !((PageView) page).items().isEmpty())
                        .count();
            }
            if (outcome instanceof Outcome.Value value && value.value() instanceof PageView) {
                resumedPages++;
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        counts.forEach(
                (op, answers) -> text.append("\n  ").append(op).append(": ").append(answers));
        return text.append("\n  pages with rows: ")
                .append(pagesWithItems)
                .append(", pages resumed after other operations: ")
                .append(resumedPages)
                .toString();
    }

    private static String name(Op op) {
        String type = op.getClass().getName();
        return type.substring(type.lastIndexOf('.') + 1).replace("Ops$", ".");
    }
}
