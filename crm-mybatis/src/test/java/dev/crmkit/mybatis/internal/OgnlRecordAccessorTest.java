package dev.crmkit.mybatis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.mybatis.MyBatisCrmMappers;
import dev.crmkit.mybatis.internal.ContactMapper.ContactFilter;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mappers' OGNL expressions read crmkit's parameter records through the cached accessor. */
class OgnlRecordAccessorTest {

    private static final ContactFilter FILTER =
            new ContactFilter("ada%", "Acme", 7L, new TagAndFieldFilter(List.of("vip"), List.of()));

    @BeforeAll
    static void register() {
        MyBatisCrmMappers.registerWith(new Configuration());
    }

    @Test
    void should_read_the_filter_records_through_the_cached_accessor_once_the_mappers_are_registered() throws Exception {
        assertThat(OgnlRuntime.getPropertyAccessor(ContactFilter.class)).isInstanceOf(OgnlRecordAccessor.class);
        assertThat(OgnlRuntime.getPropertyAccessor(PageSql.class)).isInstanceOf(OgnlRecordAccessor.class);
    }

    @Test
    void should_evaluate_the_mappers_expressions_on_records_without_getters() {
        Map<String, Object> root = Map.of("f", FILTER);

        assertThat(OgnlCache.getValue("f.company", root)).isEqualTo("Acme");
        assertThat(OgnlCache.getValue("f.companyId != null", root)).isEqualTo(true);
        assertThat(OgnlCache.getValue("f.tagged.tagKeys", root)).isEqualTo(List.of("vip"));
        assertThat(OgnlCache.getValue("f.tagged.customFields.isEmpty()", root)).isEqualTo(true);
    }

    @Test
    void should_refuse_a_marked_class_that_is_not_a_record() {
        assertThatThrownBy(() -> OgnlCache.getValue("x.name", Map.of("x", new NotARecord())))
                .hasStackTraceContaining("implements OgnlRecord but is not a record");
    }

    static final class NotARecord implements OgnlRecord {}
}
