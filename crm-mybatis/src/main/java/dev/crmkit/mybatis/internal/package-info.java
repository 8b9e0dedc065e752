/**
 * The adapter's implementation: mapper interfaces (their SQL lives in the XML files of the same
 * name), repositories, row shapes and the translation of errors. Not API: may change without
 * notice.
 */
@NullMarked
package dev.crmkit.mybatis.internal;

import org.jspecify.annotations.NullMarked;
