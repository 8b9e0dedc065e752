package dev.crmkit.core.model;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.task.Task;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the ids one database issued to logical ids: the n-th record of a kind created is logical
 * id n everywhere. Databases issue ids in creation order, so logical ids sort like real ones.
 */
final class Ids {

    enum Kind {
        CONTACT,
        PIPELINE,
        DEAL,
        TASK
    }

    /** Where logical ids never issued are sent: far above any id a test run issues. */
    private static final long NEVER_ISSUED = 1_000_000_000L;

    private final Map<Kind, List<Long>> realByLogical = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<Long, Long>> logicalByReal = new EnumMap<>(Kind.class);

    Ids() {
        for (Kind kind : Kind.values()) {
            realByLogical.put(kind, new ArrayList<>());
            logicalByReal.put(kind, new HashMap<>());
        }
    }

    /** Records a created record's real id; it becomes the next logical id of its kind. */
    void issued(Kind kind, long realId) {
        List<Long> issued = realByLogical.get(kind);
        issued.add(realId);
        logicalByReal.get(kind).put(realId, (long) issued.size());
    }

    /** {@return how many records of the kind were created: their logical ids are 1 to this} */
    int count(Kind kind) {
        return realByLogical.get(kind).size();
    }

    long real(Kind kind, long logicalId) {
        List<Long> issued = realByLogical.get(kind);
        return logicalId >= 1 && logicalId <= issued.size()
                ? issued.get((int) logicalId - 1)
                : NEVER_ISSUED + logicalId;
    }

    /** The real id, or {@code null} for logical id 0 ("none given"). */
    @Nullable
    Long realOrNull(Kind kind, long logicalId) {
        return logicalId == 0 ? null : real(kind, logicalId);
    }

    long logical(Kind kind, long realId) {
        Long logical = logicalByReal.get(kind).get(realId);
        if (logical == null) {
            throw new IllegalStateException(
                    "the database returned " + kind + " id " + realId + " that no create issued");
        }
        return logical;
    }

    @Nullable
    Long logicalOrNull(Kind kind, @Nullable Long realId) {
        return realId == null ? null : logical(kind, realId);
    }

    Contact logical(Contact c) {
        return new Contact(
                logical(Kind.CONTACT, c.id()),
                c.firstName(),
                c.lastName(),
                c.email(),
                c.phone(),
                c.company(),
                c.position(),
                c.notes(),
                c.createdAt(),
                c.updatedAt(),
                c.version());
    }

    Pipeline logical(Pipeline p) {
        return new Pipeline(
                logical(Kind.PIPELINE, p.id()),
                p.name(),
                p.description(),
                p.stages(),
                p.createdAt(),
                p.updatedAt(),
                p.version());
    }

    Deal logical(Deal d) {
        return new Deal(
                logical(Kind.DEAL, d.id()),
                d.title(),
                d.description(),
                d.value(),
                logical(Kind.PIPELINE, d.pipelineId()),
                d.status(),
                logicalOrNull(Kind.CONTACT, d.contactId()),
                d.expectedCloseDate(),
                d.closedAt(),
                d.lostReason(),
                d.createdAt(),
                d.updatedAt(),
                d.version());
    }

    Task logical(Task t) {
        return new Task(
                logical(Kind.TASK, t.id()),
                t.title(),
                t.description(),
                t.priority(),
                t.status(),
                logicalOrNull(Kind.CONTACT, t.contactId()),
                logicalOrNull(Kind.DEAL, t.dealId()),
                t.dueDate(),
                t.completedAt(),
                t.createdAt(),
                t.updatedAt(),
                t.version());
    }

    PipelineSummary logical(PipelineSummary s) {
        return new PipelineSummary(
                logical(s.pipeline()),
                s.stages(),
                s.openDealCount(),
                s.openValue(),
                s.weightedForecast(),
                s.wonValue());
    }
}
