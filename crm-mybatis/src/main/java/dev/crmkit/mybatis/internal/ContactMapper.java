package dev.crmkit.mybatis.internal;

import dev.crmkit.core.contact.Contact;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The contact statements; SQL in {@code ContactMapper.xml}. */
public interface ContactMapper extends QueryMapper<Contact, Contact, ContactMapper.ContactFilter> {

    @Nullable
    Contact findByEmail(@Param("email") String email);

    List<Contact> findByEmails(@Param("emails") Collection<String> emails);

    /**
     * The filters of a contact query.
     *
     * @param textPattern a {@code LIKE} pattern (escape {@code !}) for {@code search_text}
     * @param company the exact company
     * @param companyId the linked company
     * @param tagged the tags and custom field conditions every row meets
     */
    record ContactFilter(
            @Nullable String textPattern,
            @Nullable String company,
            @Nullable Long companyId,
            TagAndFieldFilter tagged) implements OgnlRecord {}
}
