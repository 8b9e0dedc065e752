/** Joined mode: the adapter inside a Spring host's transactions, per database. */
@NullMarked
package dev.crmkit.jpa.spring;

import org.jspecify.annotations.NullMarked;
