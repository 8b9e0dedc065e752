package dev.crmkit.core.pipeline;

/** What reaching a stage means for a deal: still open, won, or lost. */
public enum StageOutcome {
    OPEN,
    WON,
    LOST;

    /** True for {@link #WON} and {@link #LOST}: a deal in such a stage is closed. */
    public boolean isClosed() {
        return this != OPEN;
    }
}
