/** Test support for the MyBatis adapter: a spying data source. */
@NullMarked
package dev.crmkit.mybatis.testing;

import org.jspecify.annotations.NullMarked;
