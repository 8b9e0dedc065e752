/**
 * Guards at the edge of the web app: what a request must look like before any controller reads it
 * (strict numbers and ids, well-formed query strings and bodies, no parameters an operation does not
 * declare). Each refusal is a 4xx problem naming the parameter, never a 500 and never another record.
 */
@NullMarked
package dev.crmkit.examples.web.guard;

import org.jspecify.annotations.NullMarked;
