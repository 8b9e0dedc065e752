package dev.crmkit.core.kernel;

/**
 * The record was changed by someone else since the caller read it: the version the caller
 * based its change on is no longer current. Nothing was written; re-read and retry.
 */
public class StaleVersionException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** The kind of record. */
    private final String entity;
    /** The record's id. */
    private final long id;
    /** The version the change was based on. */
    private final long expectedVersion;

    /**
     * Creates the exception.
     *
     * @param entity the kind of record: {@code contact}, {@code pipeline}, {@code deal} or {@code task}
     * @param id the record's id
     * @param expectedVersion the version the caller's change was based on
     */
    public StaleVersionException(String entity, long id, long expectedVersion) {
        super(entity + " " + id + " was modified concurrently: version " + expectedVersion + " is no longer current");
        this.entity = entity;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    /** {@return the kind of record: {@code contact}, {@code pipeline}, {@code deal} or {@code task}} */
    public String entity() {
        return entity;
    }

    /** {@return the id of the record that changed} */
    public long id() {
        return id;
    }

    /** {@return the version the caller's change was based on} */
    public long expectedVersion() {
        return expectedVersion;
    }
}
