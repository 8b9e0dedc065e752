package dev.crmkit.core.model;

/**
 * Operations on change sets: the writes between an {@link Open} and a {@link Close} are one change
 * set, named by a logical number; {@link Undo} reverts one. A subject keeps the open set itself
 * (no thread-bound scope), so a sequence the shrinker cut anywhere stays well-defined: an {@code
 * Open} without its {@code Close} keeps collecting, an {@code Undo} of a set never opened is not
 * found.
 */
final class ChangeSetOps {

    private ChangeSetOps() {}

    /** The writes that follow go into change set {@code set}, until a {@link Close} or another {@code Open}. */
    record Open(int set) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            subject.openChangeSet(set);
            return "opened";
        }
    }

    /** The writes that follow are in no change set. */
    record Close() implements Op {
        @Override
        public Object applyTo(Subject subject) {
            subject.closeChangeSet();
            return "closed";
        }
    }

    /**
     * Undoes change set {@code set}, then reads every record: after an undo the data must be what
     * the reference has, and after a refused undo it must be unchanged.
     */
    record Undo(int set) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            Outcome undo = Outcome.of(s -> s.undo(set), subject);
            return new Undone(undo, subject.everything());
        }
    }

    /**
     * What an undo answered, and every record afterwards.
     *
     * @param undo the undo's value or error
     * @param after the contacts, pipelines, deals and tasks that exist, by logical id
     */
    record Undone(Outcome undo, Object after) {}
}
