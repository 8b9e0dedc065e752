/** Tests of the adapter's internal pieces that the contract kit cannot tell apart: OGNL access and type handlers. */
@NullMarked
package dev.crmkit.mybatis.internal;

import org.jspecify.annotations.NullMarked;
