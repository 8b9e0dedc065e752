package dev.crmkit.mybatis.internal;

import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * The statements every aggregate's mapper has, over the row shape {@code W} it writes. Each
 * mapper's XML implements them with the shared fragments of {@code Paging.xml} (the by-id
 * statements) and its own columns.
 *
 * @param <W> what an insert or update binds as {@code r}: the record itself, or a row record
 */
public interface CrmMapper<W> {

    long countById(@Param("id") long id);

    /**
     * The id if the row exists in the latest committed state, by a locking read: a plain read sees
     * this transaction's snapshot (MariaDB's repeatable read), where a row deleted since is still there.
     */
    @Nullable
    Long lockById(@Param("id") long id);

    /** Inserts the row; the issued id goes to {@code key}. */
    int insert(@Param("r") W row, @Param("key") GeneratedKey key);

    /** Writes every field if the stored version is the row's version; returns the rows changed. */
    int update(@Param("r") W row);

    int deleteById(@Param("id") long id);
}
