/**
 * Activities: notes, calls, emails and meetings logged on a contact, a company or a deal, which
 * the timeline ({@link dev.crmkit.core.service.TimelineService}) shows beside completed tasks and
 * deal stage changes.
 */
@NullMarked
package dev.crmkit.core.activity;

import org.jspecify.annotations.NullMarked;
