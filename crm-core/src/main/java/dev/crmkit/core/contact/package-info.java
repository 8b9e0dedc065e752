/**
 * Contacts: the record, its create and update commands, its query, its repository SPI and the
 * service that owns its rules.
 */
@NullMarked
package dev.crmkit.core.contact;

import org.jspecify.annotations.NullMarked;
