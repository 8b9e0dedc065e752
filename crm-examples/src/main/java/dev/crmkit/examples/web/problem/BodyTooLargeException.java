package dev.crmkit.examples.web.problem;

import java.io.IOException;

/** A request body grew past the limit while it was read; answered with 413. */
public final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
