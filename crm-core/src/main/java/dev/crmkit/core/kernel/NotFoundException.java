package dev.crmkit.core.kernel;

/** The addressed record does not exist (or no longer exists). */
public class NotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** The kind of record asked for. */
    private final String entity;
    /** The id asked for. */
    private final long id;

    /**
     * @param entity the kind of record, lower case: {@code contact}, {@code pipeline},
     *     {@code deal} or {@code task}
     * @param id the id that was asked for
     */
    public NotFoundException(String entity, long id) {
        super(entity + " " + id + " does not exist");
        this.entity = entity;
        this.id = id;
    }

    /** {@return the kind of record asked for: {@code contact}, {@code pipeline}, {@code deal} or {@code task}} */
    public String entity() {
        return entity;
    }

    /** {@return the id that was asked for} */
    public long id() {
        return id;
    }
}
