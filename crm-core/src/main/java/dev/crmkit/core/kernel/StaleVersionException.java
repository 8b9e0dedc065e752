package dev.crmkit.core.kernel;

/**
 * The record was changed by someone else since the caller read it: the version the caller
 * based its change on is no longer current. Nothing was written; re-read and retry.
 */
public class StaleVersionException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final long id;
    private final long expectedVersion;

    public StaleVersionException(String entity, long id, long expectedVersion) {
        super(entity + " " + id + " was modified concurrently: version " + expectedVersion + " is no longer current");
        this.entity = entity;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    /** The kind of record: {@code contact}, {@code pipeline}, {@code deal} or {@code task}. */
    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }

    /** The version the caller's change was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
