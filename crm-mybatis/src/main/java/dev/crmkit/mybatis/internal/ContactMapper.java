package dev.crmkit.mybatis.internal;

import dev.crmkit.core.contact.Contact;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The contact statements; SQL in {@code ContactMapper.xml}. */
public interface ContactMapper {

    @Nullable Contact findById(@Param("id") long id);

    @Nullable Contact findByEmail(@Param("email") String email);

    long countById(@Param("id") long id);

    /**
     * The id if the row exists in the latest committed state, by a locking read: a plain read sees
     * this transaction's snapshot (MariaDB's repeatable read), where a row deleted since is still there.
     */
    @Nullable Long lockById(@Param("id") long id);

    /** Inserts with {@link Contact#searchText()}; the issued id goes to {@code key}. */
    int insert(@Param("c") Contact contact, @Param("key") GeneratedKey key);

    /** Writes every field if the stored version is {@code contact.version()}; returns the rows changed. */
    int update(@Param("c") Contact contact);

    int deleteById(@Param("id") long id);

    List<Contact> find(@Param("f") ContactFilter filter, @Param("page") PageSql page);

    long count(@Param("f") ContactFilter filter);

    /**
     * The filters of a contact query.
     *
     * @param textPattern a {@code LIKE} pattern (escape {@code !}) for {@code search_text}
     * @param company the exact company
     */
    record ContactFilter(@Nullable String textPattern, @Nullable String company)  {

        // Getters for the mapper's OGNL expressions, which resolve record accessors slowly: see PageSql.
        public @Nullable String getTextPattern() {
            return textPattern;
        }

        public @Nullable String getCompany() {
            return company;
        }
    }
}
