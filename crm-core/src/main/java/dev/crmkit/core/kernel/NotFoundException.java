package dev.crmkit.core.kernel;

/** The addressed record does not exist (or no longer exists). */
public class NotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** The kind of record asked for. */
    private final String entity;
    /** The id asked for. */
    private final long id;
    /** The id asked for, as text: a record's number or a text key such as a change set's id. */
    private final String key;

    /**
     * @param entity the kind of record, lower case: {@code contact}, {@code pipeline},
     *     {@code deal} or {@code task}
     * @param id the id that was asked for
     */
    public NotFoundException(String entity, long id) {
        super(entity + " " + id + " does not exist");
        this.entity = entity;
        this.id = id;
        this.key = Long.toString(id);
    }

    /**
     * For a thing addressed by a text key, such as a change set; {@link #id()} is then 0.
     *
     * @param entity the kind of thing, lower case, e.g. {@code change set}
     * @param key the key that was asked for
     */
    public NotFoundException(String entity, String key) {
        super(entity + " " + key + " does not exist");
        this.entity = entity;
        this.id = 0;
        this.key = key;
    }

    /** {@return the kind of record asked for: {@code contact}, {@code pipeline}, {@code deal} or {@code task}} */
    public String entity() {
        return entity;
    }

    /** {@return the id that was asked for; 0 for a thing addressed by a text key} */
    public long id() {
        return id;
    }

    /** {@return the id or text key that was asked for, as text} */
    public String key() {
        return key;
    }
}
