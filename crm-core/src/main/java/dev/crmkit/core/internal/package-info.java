/**
 * Implementation helpers shared by crm-core's packages. Not API: may change without notice.
 */
@NullMarked
package dev.crmkit.core.internal;

import org.jspecify.annotations.NullMarked;
