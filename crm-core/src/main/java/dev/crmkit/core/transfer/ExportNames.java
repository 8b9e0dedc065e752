package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.tag.TaggableKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The natural keys an export writes beside ids, so that its file imports into another database:
 * a contact's email, a company's domain, a pipeline's name, a deal's title, a record's tags. Each
 * is read once and remembered in a bounded cache ({@value #CACHED} entries per kind), so an
 * export stays in constant memory. One per export; not thread-safe.
 */
final class ExportNames {

    /** Entries remembered per kind: the most recently used. */
    static final int CACHED = 10_000;

    private final Crm crm;
    private final Map<Long, Optional<String>> emails = lru();
    private final Map<Long, Optional<String>> domains = lru();
    private final Map<Long, Optional<String>> pipelines = lru();
    private final Map<Long, Optional<String>> titles = lru();

    ExportNames(Crm crm) {
        this.crm = crm;
    }

    @Nullable
    String email(@Nullable Long contactId) {
        return name(emails, contactId, id -> crm.contacts().findById(id).map(Contact::email));
    }

    @Nullable
    String domain(@Nullable Long companyId) {
        return name(domains, companyId, id -> crm.companies().findById(id).map(Company::domain));
    }

    @Nullable
    String pipeline(long pipelineId) {
        return name(pipelines, pipelineId, id -> crm.pipelines().findById(id).map(Pipeline::name));
    }

    @Nullable
    String dealTitle(@Nullable Long dealId) {
        return name(titles, dealId, id -> crm.deals().findById(id).map(Deal::title));
    }

    /** {@return the tags of a page of records, comma-separated per record id} */
    Map<Long, String> tags(TaggableKind kind, List<Long> ids) {
        Map<Long, String> joined = new LinkedHashMap<>();
        crm.tags().tagsOf(kind, ids).forEach((id, names) -> joined.put(id, String.join(", ", names)));
        return joined;
    }

    private static @Nullable String name(
            Map<Long, Optional<String>> cache, @Nullable Long id, LongFunction<Optional<String>> read) {
        if (id == null) {
            return null;
        }
        return cache.computeIfAbsent(id, read::apply).orElse(null);
    }

    private static Map<Long, Optional<String>> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Optional<String>> eldest) {
                return size() > CACHED;
            }
        };
    }
}
