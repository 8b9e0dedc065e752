package dev.crmkit.jpa;

import static dev.crmkit.jpa.JpaErrors.call;

import dev.crmkit.core.ConcurrentModificationException;
import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealRepository;
import dev.crmkit.core.query.Page;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Deals over JPA; one per unit of work. */
final class JpaDealRepository implements DealRepository {

    private final EntityManager em;

    JpaDealRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Deal> findById(long id) {
        return call(() -> Optional.ofNullable(em.find(DealEntity.class, id)).map(DealEntity::toRecord));
    }

    @Override
    public boolean existsById(long id) {
        return Writes.exists(em, DealEntity.NAME, id);
    }

    @Override
    public Deal insert(Deal deal) {
        return call(() -> {
            DealEntity entity = DealEntity.of(deal);
            em.persist(entity);
            return entity.toRecord();
        });
    }

    @Override
    public Deal update(Deal deal) {
        DealEntity entity = call(() -> em.find(DealEntity.class, deal.id()));
        if (entity == null) {
            throw new NotFoundException("deal", deal.id());
        }
        if (entity.version() != deal.version()) {
            throw new ConcurrentModificationException("deal", deal.id(), deal.version());
        }
        boolean changed = !entity.toRecord().equals(deal);
        entity.copyFrom(deal);
        Writes.flushUpdate(em, entity, changed, "deal", DealEntity.NAME, deal.id(), deal.version());
        return entity.toRecord();
    }

    @Override
    public boolean deleteById(long id) {
        return call(() -> Writes.deleteOne(em, DealEntity.class, "delete from " + DealEntity.NAME + " e where e.id = ?1", id, false));
    }

    @Override
    public Page<Deal> find(DealQuery query) {
        return call(() -> {
            JpqlFilter filter = filter(query);
            List<DealEntity> rows = KeysetQuery.rows(em, DealEntity.class, DealEntity.NAME, filter, query.page());
            Long total = KeysetQuery.total(em, DealEntity.NAME, filter, query.page());
            return Page.of(rows.stream().map(DealEntity::toRecord).toList(), query.page(), total);
        });
    }

    private static JpqlFilter filter(DealQuery query) {
        JpqlFilter filter = new JpqlFilter();
        if (query.pipelineId() != null) {
            filter.and("e.pipelineId = :pipelineId", "pipelineId", query.pipelineId());
        }
        if (query.status() != null) {
            filter.and("e.status = :status", "status", query.status());
        }
        if (query.contactId() != null) {
            filter.and("e.contactId = :contactId", "contactId", query.contactId());
        }
        if (query.minAmount() != null) {
            filter.and("e.amount >= :minAmount", "minAmount", query.minAmount());
        }
        if (query.maxAmount() != null) {
            filter.and("e.amount <= :maxAmount", "maxAmount", query.maxAmount());
        }
        if (query.currency() != null) {
            filter.and("e.currency = :currency", "currency", query.currency());
        }
        if (query.outcome() != null) {
            filter.and("exists (select 1 from " + PipelineEntity.NAME + " p join p.stages s"
                    + " where p.id = e.pipelineId and key(s) = e.status and s.outcome = :outcome)",
                    "outcome", query.outcome().name());
        }
        return filter;
    }
}
