/** The assistant in the web app: which chat model, if any, and the {@code CrmAgent} over it. */
@NullMarked
package dev.crmkit.examples.web.chat;

import org.jspecify.annotations.NullMarked;
