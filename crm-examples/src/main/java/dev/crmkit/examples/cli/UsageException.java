package dev.crmkit.examples.cli;

/**
 * A value of an option or parameter that the CLI checks itself, beyond what picocli converts: a sort key, a
 * format, a kind of record ({@code --sort password}, {@code --format xml}). Like picocli's own parse errors it
 * means the command line could not be used and nothing ran: exit code 2, with where to find the usage.
 */
final class UsageException extends UserException {

    private static final long serialVersionUID = 1L;

    /** @param message what to fix, naming the option as typed: {@code --sort must be one of id, email} */
    UsageException(String message) {
        super(message);
    }
}
