package dev.crmkit.core.model;

import dev.crmkit.core.testing.MutableClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The oracle: the CRM's observable behaviour, written again from its rules over plain maps, in as
 * few lines as can be checked by reading. It shares no code with crm-core's services or with any
 * adapter, only the record types that results are compared as.
 */
final class ModelCrm implements Subject {

    private final ModelState state;
    private final ModelContacts contacts;
    private final ModelPipelines pipelines;
    private final ModelDeals deals;
    private final ModelTasks tasks;
    private final Map<Integer, Pager> kept = new HashMap<>();

    ModelCrm(Instant start) {
        this.state = new ModelState(start);
        this.contacts = new ModelContacts(state);
        this.pipelines = new ModelPipelines(state);
        this.deals = new ModelDeals(state, contacts);
        this.tasks = new ModelTasks(state);
    }

    /** The data as it is now, for the generator to pick ids and versions from. */
    ModelState state() {
        return state;
    }

    @Override
    public MutableClock clock() {
        return state.clock;
    }

    @Override
    public Map<Integer, Pager> kept() {
        return kept;
    }

    @Override
    public Object createContact(ContactOps.Create op) {
        return contacts.create(op);
    }

    @Override
    public Object updateContact(ContactOps.Update op) {
        return contacts.update(op);
    }

    @Override
    public Object deleteContact(ContactOps.Delete op) {
        contacts.delete(op.id());
        return "deleted";
    }

    @Override
    public Pager findContacts(ContactOps.Find op) {
        return contacts.find(op);
    }

    @Override
    public Object createPipeline(PipelineOps.Create op) {
        return pipelines.create(op);
    }

    @Override
    public Object updatePipeline(PipelineOps.Update op) {
        return pipelines.update(op);
    }

    @Override
    public Object deletePipeline(PipelineOps.Delete op) {
        pipelines.delete(op.id());
        return "deleted";
    }

    @Override
    public Pager findPipelines(PipelineOps.Find op) {
        return pipelines.find(op);
    }

    @Override
    public Object summarisePipeline(PipelineOps.Summarise op) {
        return pipelines.summarise(op.id());
    }

    @Override
    public Object createDeal(DealOps.Create op) {
        return deals.create(op);
    }

    @Override
    public Object updateDeal(DealOps.Update op) {
        return deals.update(op);
    }

    @Override
    public Object deleteDeal(DealOps.Delete op) {
        deals.delete(op.id());
        return "deleted";
    }

    @Override
    public Pager findDeals(DealOps.Find op) {
        return deals.find(op);
    }

    @Override
    public Object createTask(TaskOps.Create op) {
        return tasks.create(op);
    }

    @Override
    public Object updateTask(TaskOps.Update op) {
        return tasks.update(op);
    }

    @Override
    public Object deleteTask(TaskOps.Delete op) {
        tasks.delete(op.id());
        return "deleted";
    }

    @Override
    public Pager findTasks(TaskOps.Find op) {
        return tasks.find(op);
    }
}
