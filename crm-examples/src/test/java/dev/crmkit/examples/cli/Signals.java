package dev.crmkit.examples.cli;

/** Raises the terminal's signals in this JVM, as a user at the terminal would. */
final class Signals {

    private Signals() {}

    /**
     * Raises {@code SIGINT}, as Ctrl-C does, through {@code sun.misc.Signal} (reflectively, for {@code -Werror}).
     * Without a {@link CtrlC} installed, it ends the JVM.
     */
    static void ctrlC() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Object interrupt = signal.getConstructor(String.class).newInstance("INT");
            signal.getMethod("raise", signal).invoke(null, interrupt);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot raise SIGINT in this JVM", e);
        }
    }
}
