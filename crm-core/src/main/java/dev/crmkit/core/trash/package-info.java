/**
 * The trash: a deleted contact, company, deal, task or (empty) pipeline moves here with what its delete cascaded
 * (a contact's tasks and activities, say) and the ids of the records it detached, in the delete's
 * transaction, until it is restored or purged. The live tables keep only live records, so lists
 * and the unique email and domain hold among live records. The repository SPI is {@link
 * dev.crmkit.core.storage.TrashRepository}, the service that owns the rules {@link
 * dev.crmkit.core.service.TrashService}.
 */
@NullMarked
package dev.crmkit.core.trash;

import org.jspecify.annotations.NullMarked;
