/** Errors as RFC 9457 problem details: one advice for every exception, and the request-size limit. */
@NullMarked
package dev.crmkit.examples.web.problem;

import org.jspecify.annotations.NullMarked;
