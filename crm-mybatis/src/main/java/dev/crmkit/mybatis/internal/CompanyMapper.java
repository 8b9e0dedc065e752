package dev.crmkit.mybatis.internal;

import dev.crmkit.core.company.Company;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The company statements; SQL in {@code CompanyMapper.xml}. */
public interface CompanyMapper extends QueryMapper<Company, Company, CompanyMapper.CompanyFilter> {

    @Nullable
    Company findByDomain(@Param("domain") String domain);

    /**
     * The filters of a company query.
     *
     * @param textPattern a {@code LIKE} pattern (escape {@code !}) for {@code search_text}
     * @param tagged the tags and custom field conditions every row meets
     */
    record CompanyFilter(@Nullable String textPattern, TagAndFieldFilter tagged) implements OgnlRecord {}
}
