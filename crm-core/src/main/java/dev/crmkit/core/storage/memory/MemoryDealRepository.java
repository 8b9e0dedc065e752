package dev.crmkit.core.storage.memory;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** Deals in memory. */
final class MemoryDealRepository extends MemoryRepository<Deal> implements DealRepository {

    MemoryDealRepository(InMemoryUnitOfWork work) {
        super(work, Table.DEAL, Deal::withIdentity, Tables::requireReferences);
    }

    @Override
    public Page<Deal> find(DealQuery query) {
        Map<Long, Pipeline> pipelines = work.read().pipelines;
        Predicate<Deal> filter = deal -> (query.pipelineId() == null || deal.pipelineId() == query.pipelineId())
                && (query.status() == null || deal.status().equals(query.status()))
                && (query.contactId() == null || Objects.equals(deal.contactId(), query.contactId()))
                && (query.companyId() == null || Objects.equals(deal.companyId(), query.companyId()))
                && (query.minAmount() == null || deal.value().amount().compareTo(query.minAmount()) >= 0)
                && (query.maxAmount() == null || deal.value().amount().compareTo(query.maxAmount()) <= 0)
                && (query.currency() == null
                        || deal.value().currency().getCurrencyCode().equals(query.currency()))
                && (query.outcome() == null
                        || pipelines
                                .get(deal.pipelineId())
                                .stage(deal.status())
                                .map(Stage::outcome)
                                .filter(query.outcome()::equals)
                                .isPresent());
        return page(
                filter.and(carrying(TaggableKind.DEAL, query.tags()))
                        .and(matching(query.customFields(), Deal::customFields)),
                query.page());
    }

    @Override
    public List<Deal> findByTitles(Collection<String> titles) {
        return withTitles(titles, Deal::title);
    }
}
