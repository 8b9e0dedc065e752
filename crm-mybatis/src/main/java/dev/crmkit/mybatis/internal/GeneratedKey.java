package dev.crmkit.mybatis.internal;

/**
 * Receives the id the database issued for an inserted row. Mutable because that is how MyBatis
 * hands back generated keys: it sets them on a parameter object.
 */
public final class GeneratedKey {

    private long id;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
