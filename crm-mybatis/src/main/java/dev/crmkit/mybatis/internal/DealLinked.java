package dev.crmkit.mybatis.internal;

import org.jspecify.annotations.Nullable;

/**
 * The filter of a list whose rows may link to a deal: what a mapper reads as {@code f.dealId}. A
 * mapper's filter record implements it and gets the getter that OGNL expression resolves quickly
 * (see {@link PageSql}).
 */
public interface DealLinked {

    /** {@return the deal every row links to; null for any} */
    @Nullable
    Long dealId();

    /** {@return {@link #dealId()}, for OGNL} */
    default @Nullable Long getDealId() {
        return dealId();
    }
}
