package dev.crmkit.core.model;

import dev.crmkit.core.testing.MutableClock;
import java.util.List;
import java.util.Map;

/**
 * What operations run against: the CRM over one adapter and database ({@link CrmSubject}), or the
 * reference model ({@link ModelCrm}). Results carry logical ids.
 */
interface Subject {

    MutableClock clock();

    /** Pagers kept by handle, to continue later: after other operations changed the data. */
    Map<Integer, Pager> kept();

    Object createContact(ContactOps.Create op);

    Object updateContact(ContactOps.Update op);

    Object deleteContact(ContactOps.Delete op);

    Pager findContacts(ContactOps.Find op);

    /** {@return the survivor as merged and the counts of moved rows} */
    Object mergeContacts(ContactOps.Merge op);

    Object createPipeline(PipelineOps.Create op);

    Object updatePipeline(PipelineOps.Update op);

    Object deletePipeline(PipelineOps.Delete op);

    Pager findPipelines(PipelineOps.Find op);

    Object summarisePipeline(PipelineOps.Summarise op);

    Object createDeal(DealOps.Create op);

    Object updateDeal(DealOps.Update op);

    Object deleteDeal(DealOps.Delete op);

    Pager findDeals(DealOps.Find op);

    Object createTask(TaskOps.Create op);

    Object updateTask(TaskOps.Update op);

    Object deleteTask(TaskOps.Delete op);

    Pager findTasks(TaskOps.Find op);

    /** Collects the writes that follow into change set {@code set} (a logical number). */
    void openChangeSet(int set);

    /** Collects the writes that follow into no change set. */
    void closeChangeSet();

    /**
     * Undoes change set {@code set}.
     *
     * @throws dev.crmkit.core.kernel.CrmException when the undo is refused
     */
    Object undo(int set);

    /** {@return every contact, pipeline, deal and task that exists, each kind by logical id} */
    List<List<?>> everything();
}
