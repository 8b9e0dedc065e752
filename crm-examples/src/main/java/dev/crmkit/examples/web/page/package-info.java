/** The server-rendered pages: dashboard, contacts, pipeline board, tasks and chat. */
@NullMarked
package dev.crmkit.examples.web.page;

import org.jspecify.annotations.NullMarked;
