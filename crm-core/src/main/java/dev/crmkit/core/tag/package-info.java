/**
 * Tags: short labels put on contacts and deals (and, by adding one {@link
 * dev.crmkit.core.tag.TaggableKind} constant, on any other aggregate), their name rules and their
 * events. Tags are shared by every kind of record; a tag's name is unique ignoring letter case.
 * The repository SPI is {@link dev.crmkit.core.storage.TagRepository}, the service that owns the
 * rules {@link dev.crmkit.core.service.TagService}.
 */
@NullMarked
package dev.crmkit.core.tag;

import org.jspecify.annotations.NullMarked;
