/**
 * Custom fields: typed fields a host (or an admin) defines per kind of record ({@link
 * dev.crmkit.core.customfield.CustomFieldKind}), their definitions ({@link
 * dev.crmkit.core.customfield.CustomField}), the values records carry ({@link
 * dev.crmkit.core.customfield.CustomFieldValues}, stored as one JSON object per row) and the list
 * filters on them ({@link dev.crmkit.core.customfield.CustomFieldFilter}). The rules live in {@link
 * dev.crmkit.core.service.CustomFieldService}; the repository SPI is {@link
 * dev.crmkit.core.storage.CustomFieldRepository}.
 */
@NullMarked
package dev.crmkit.core.customfield;

import org.jspecify.annotations.NullMarked;
