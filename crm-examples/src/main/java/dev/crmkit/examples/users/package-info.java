/**
 * The web app's users and API tokens, stored in its own {@code app_} tables: used by the web app's
 * Spring Security configuration and by the CLI's {@code crm token} command, which works on the
 * database directly.
 */
@NullMarked
package dev.crmkit.examples.users;

import org.jspecify.annotations.NullMarked;
