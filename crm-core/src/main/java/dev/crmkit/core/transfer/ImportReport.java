package dev.crmkit.core.transfer;

/**
 * What an import did, or, in a dry run, would do.
 *
 * @param created records created (or that would be)
 * @param updated existing records changed by their row
 * @param unchanged existing records their row left as they were
 * @param refused rows not imported, each written to the error CSV with its line and messages
 */
public record ImportReport(long created, long updated, long unchanged, long refused) {

    /** {@return the rows read: every row is exactly one of created, updated, unchanged or refused} */
    public long rows() {
        return created + updated + unchanged + refused;
    }
}
