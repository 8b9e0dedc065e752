/**
 * Spring Security for the web app: form login and CSRF for the pages, HTTP Basic and bearer API
 * tokens for {@code /api/**}, users in the app's own tables, the first {@code admin}, and the
 * security headers. See crm-examples/README.md, "Security".
 */
@NullMarked
package dev.crmkit.examples.web.security;

import org.jspecify.annotations.NullMarked;
