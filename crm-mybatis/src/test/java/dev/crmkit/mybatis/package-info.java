/** Tests of the MyBatis adapter: the contract kit on every database, and what is MyBatis-specific. */
@NullMarked
package dev.crmkit.mybatis;

import org.jspecify.annotations.NullMarked;
