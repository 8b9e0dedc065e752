package dev.crmkit.examples.cli;

/** A mistake the user can fix, with the sentence that says how; exit code 1. */
class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
