/** The web app while its database is unreachable, through a TCP proxy the tests cut and restore. */
@NullMarked
package dev.crmkit.examples.web.outage;

import org.jspecify.annotations.NullMarked;
