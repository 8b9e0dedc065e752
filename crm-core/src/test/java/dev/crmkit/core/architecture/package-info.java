/** Checks of crm-core's structure: its packages form no cycle. */
@NullMarked
package dev.crmkit.core.architecture;

import org.jspecify.annotations.NullMarked;
