package dev.crmkit.core.pipeline;

/** What reaching a stage means for a deal: still open, won, or lost. */
public enum StageOutcome {
    /** The deal is still being worked on. */
    OPEN,
    /** The deal was won: it is closed. */
    WON,
    /** The deal was lost: it is closed. */
    LOST;

    /** {@return true for {@link #WON} and {@link #LOST}: a deal in such a stage is closed} */
    public boolean isClosed() {
        return this != OPEN;
    }
}
