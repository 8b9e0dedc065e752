package dev.crmkit.mybatis.internal;

import org.jspecify.annotations.Nullable;

/**
 * The filter of a list whose rows may link to a company: what a mapper reads as {@code f.companyId}. A
 * mapper's filter record implements it and gets the getter that OGNL expression resolves quickly
 * (see {@link PageSql}).
 */
public interface CompanyLinked {

    /** {@return the company every row links to; null for any} */
    @Nullable
    Long companyId();

    /** {@return {@link #companyId()}, for OGNL} */
    default @Nullable Long getCompanyId() {
        return companyId();
    }
}
