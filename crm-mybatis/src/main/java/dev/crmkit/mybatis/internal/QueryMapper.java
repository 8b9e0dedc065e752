package dev.crmkit.mybatis.internal;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * The reads of an aggregate queried by a filter record: by id, one page and the count. Each
 * mapper's XML implements them with its own columns and the keyset fragments of {@code Paging.xml}.
 *
 * @param <W> the row shape the mapper writes
 * @param <R> the row shape it reads
 * @param <F> the filter, bound as {@code f}
 */
public interface QueryMapper<W, R, F> extends CrmMapper<W> {

    @Nullable
    R findById(@Param("id") long id);

    List<R> find(@Param("f") F filter, @Param("page") PageSql page);

    long count(@Param("f") F filter);
}
