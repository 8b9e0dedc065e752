/**
 * A record's timeline: its activities, completed tasks and deal stage changes merged newest first,
 * keyset-paged with an opaque cursor. Read it through {@link dev.crmkit.core.service.TimelineService}.
 */
@NullMarked
package dev.crmkit.core.timeline;

import org.jspecify.annotations.NullMarked;
