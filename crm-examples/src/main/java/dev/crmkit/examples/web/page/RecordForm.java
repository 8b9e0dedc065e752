package dev.crmkit.examples.web.page;

/**
 * A record's form as posted, which turns into crm-core's command for a new record or into the
 * update of a stored one; the aggregate's service then does the writing ({@link
 * RecordController.Records#of}).
 *
 * @param <N> the command that creates a record
 * @param <U> the update of a stored record
 */
interface RecordForm<N, U> extends TaggedForm {

    /** {@return the command that creates the record the form describes} */
    N toNew();

    /**
     * {@return the update that replaces every field with the form's value}: the form always shows
     * them all.
     */
    U toUpdate();
}
