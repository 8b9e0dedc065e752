package dev.crmkit.examples.web.guard;

import java.io.IOException;

/** A request body that is not valid UTF-8 (an overlong form, a surrogate, a stray byte); answered with 400. */
public final class MalformedBodyException extends IOException {

    private static final long serialVersionUID = 1L;

    public MalformedBodyException(String message) {
        super(message);
    }
}
