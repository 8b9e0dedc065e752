/** Joined mode: the adapter inside a Spring host's transactions, per database. */
@NullMarked
package dev.crmkit.mybatis.spring;

import org.jspecify.annotations.NullMarked;
