package dev.crmkit.core.kernel;

/** The addressed record does not exist (or no longer exists). */
public class NotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final String entity;
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

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
