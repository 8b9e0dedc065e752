package dev.crmkit.jpa;

import static dev.crmkit.jpa.JpaErrors.call;

import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.StageTotal;
import dev.crmkit.core.storage.PipelineRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Pipelines and their stages over JPA; one per unit of work. */
final class JpaPipelineRepository extends JpaListingRepository<Pipeline, PipelineEntity, PipelineQuery>
        implements PipelineRepository {

    JpaPipelineRepository(EntityManager em) {
        super(em, PipelineEntity.class, PipelineEntity::new);
    }

    @Override
    public Pipeline insert(Pipeline pipeline) {
        Pipeline stored = super.insert(pipeline);
        // The pipeline row is inserted at once (its id is an identity); the stage rows wait for a
        // flush, which must happen here so that their errors surface here too.
        JpaErrors.run(em::flush);
        return stored;
    }

    @Override
    public boolean deleteById(long id) {
        // Native, so that it is one statement: the schema deletes the stages (ON DELETE CASCADE)
        // and refuses while deals remain (fk_deal_pipeline). JPQL would delete the stage rows first.
        return call(
                () -> Writes.deleteOne(em, PipelineEntity.class, "delete from crm_pipeline where id = ?1", id, true));
    }

    @Override
    JpqlFilter filter(PipelineQuery query) {
        return new JpqlFilter();
    }

    @Override
    public List<StageTotal> stageTotals(long pipelineId) {
        return call(() -> em.createQuery(
                        "select e.status, e.currency, count(e), sum(e.amount) from " + DealEntity.NAME
                                + " e where e.pipelineId = :pipelineId group by e.status, e.currency"
                                + " order by e.status, e.currency",
                        Object[].class)
                .setParameter("pipelineId", pipelineId)
                .getResultStream()
                .map(row -> new StageTotal(
                        (String) row[0], Currency.getInstance(((String) row[1]).strip()), (Long) row[2], (BigDecimal)
                                row[3]))
                .toList());
    }

    /** The pipeline with its stages in one statement, or none if the persistence context already holds both. */
    @Override
    protected @Nullable PipelineEntity load(long id) {
        return em.find(
                PipelineEntity.class,
                id,
                Map.of("jakarta.persistence.fetchgraph", em.getEntityGraph(PipelineEntity.WITH_STAGES)));
    }

    /** Loads the stages of a page of pipelines with one query, instead of one query per pipeline. */
    @Override
    protected void loaded(List<PipelineEntity> pipelines) {
        if (pipelines.isEmpty()) {
            return;
        }
        em.createQuery(
                        "select e from " + entityName() + " e left join fetch e.stages where e.id in :ids",
                        PipelineEntity.class)
                .setParameter("ids", pipelines.stream().map(PipelineEntity::id).toList())
                .getResultList();
    }
}
