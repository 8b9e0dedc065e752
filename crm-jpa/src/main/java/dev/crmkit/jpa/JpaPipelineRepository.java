package dev.crmkit.jpa;

import static dev.crmkit.jpa.JpaErrors.call;

import dev.crmkit.core.ConcurrentModificationException;
import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineRepository;
import dev.crmkit.core.pipeline.StageTotal;
import dev.crmkit.core.query.Page;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Pipelines and their stages over JPA; one per unit of work. */
final class JpaPipelineRepository implements PipelineRepository {

    private final EntityManager em;

    JpaPipelineRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Pipeline> findById(long id) {
        return call(() -> Optional.ofNullable(load(id)).map(PipelineEntity::toRecord));
    }

    @Override
    public boolean existsById(long id) {
        return Writes.exists(em, PipelineEntity.NAME, id);
    }

    @Override
    public Pipeline insert(Pipeline pipeline) {
        return call(() -> {
            PipelineEntity entity = PipelineEntity.of(pipeline);
            em.persist(entity);
            // The pipeline row is inserted at once (its id is an identity); the stage rows wait
            // for a flush, which must happen here so that their errors surface here too.
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public Pipeline update(Pipeline pipeline) {
        PipelineEntity entity = call(() -> load(pipeline.id()));
        if (entity == null) {
            throw new NotFoundException("pipeline", pipeline.id());
        }
        if (entity.version() != pipeline.version()) {
            throw new ConcurrentModificationException("pipeline", pipeline.id(), pipeline.version());
        }
        boolean changed = !entity.toRecord().equals(pipeline);
        entity.copyFrom(pipeline);
        Writes.flushUpdate(em, entity, changed, "pipeline", PipelineEntity.NAME, pipeline.id(), pipeline.version());
        return entity.toRecord();
    }

    @Override
    public boolean deleteById(long id) {
        // Native, so that it is one statement: the schema deletes the stages (ON DELETE CASCADE)
        // and refuses while deals remain (fk_deal_pipeline). JPQL would delete the stage rows first.
        return call(() -> Writes.deleteOne(em, PipelineEntity.class, "delete from crm_pipeline where id = ?1", id, true));
    }

    @Override
    public Page<Pipeline> find(PipelineQuery query) {
        return call(() -> {
            JpqlFilter all = new JpqlFilter();
            List<PipelineEntity> rows = KeysetQuery.rows(em, PipelineEntity.class, PipelineEntity.NAME, all,
                    query.page());
            loadStages(rows);
            Long total = KeysetQuery.total(em, PipelineEntity.NAME, all, query.page());
            return Page.of(rows.stream().map(PipelineEntity::toRecord).toList(), query.page(), total);
        });
    }

    @Override
    public List<StageTotal> stageTotals(long pipelineId) {
        return call(() -> em.createQuery("select e.status, e.currency, count(e), sum(e.amount) from " + DealEntity.NAME
                        + " e where e.pipelineId = :pipelineId group by e.status, e.currency"
                        + " order by e.status, e.currency", Object[].class)
                .setParameter("pipelineId", pipelineId)
                .getResultStream()
                .map(row -> new StageTotal((String) row[0], Currency.getInstance(((String) row[1]).strip()),
                        (Long) row[2], (BigDecimal) row[3]))
                .toList());
    }

    /** The pipeline with its stages in one statement, or none if the persistence context already holds both. */
    private @Nullable PipelineEntity load(long id) {
        return em.find(PipelineEntity.class, id,
                Map.of("jakarta.persistence.fetchgraph", em.getEntityGraph(PipelineEntity.WITH_STAGES)));
    }

    /** Loads the stages of a page of pipelines with one query, instead of one query per pipeline. */
    private void loadStages(List<PipelineEntity> pipelines) {
        if (pipelines.isEmpty()) {
            return;
        }
        em.createQuery("select e from " + PipelineEntity.NAME + " e left join fetch e.stages where e.id in :ids",
                        PipelineEntity.class)
                .setParameter("ids", pipelines.stream().map(PipelineEntity::id).toList())
                .getResultList();
    }
}
