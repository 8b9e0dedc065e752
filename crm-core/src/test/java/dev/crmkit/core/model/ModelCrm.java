package dev.crmkit.core.model;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.model.Ids.Kind;
import dev.crmkit.core.testing.MutableClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final ModelChangeSets changeSets;
    private final Map<Integer, Pager> kept = new HashMap<>();

    ModelCrm(Instant start) {
        this.state = new ModelState(start);
        this.contacts = new ModelContacts(state);
        this.pipelines = new ModelPipelines(state);
        this.deals = new ModelDeals(state, contacts);
        this.tasks = new ModelTasks(state);
        this.changeSets = new ModelChangeSets(state, this);
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
        return changeSets.write(() -> contacts.create(op));
    }

    @Override
    public Object updateContact(ContactOps.Update op) {
        return changeSets.write(() -> contacts.update(op));
    }

    @Override
    public Object deleteContact(ContactOps.Delete op) {
        delete(Kind.CONTACT, op.id());
        return "deleted";
    }

    @Override
    public Object mergeContacts(ContactOps.Merge op) {
        return changeSets.merge(op.survivor(), op.other(), () -> contacts.merge(op));
    }

    @Override
    public Pager findContacts(ContactOps.Find op) {
        return contacts.find(op);
    }

    @Override
    public Object createPipeline(PipelineOps.Create op) {
        return changeSets.write(() -> pipelines.create(op));
    }

    @Override
    public Object updatePipeline(PipelineOps.Update op) {
        return changeSets.write(() -> pipelines.update(op));
    }

    @Override
    public Object deletePipeline(PipelineOps.Delete op) {
        delete(Kind.PIPELINE, op.id());
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
        return changeSets.write(() -> deals.create(op));
    }

    @Override
    public Object updateDeal(DealOps.Update op) {
        return changeSets.write(() -> deals.update(op));
    }

    @Override
    public Object deleteDeal(DealOps.Delete op) {
        delete(Kind.DEAL, op.id());
        return "deleted";
    }

    @Override
    public Pager findDeals(DealOps.Find op) {
        return deals.find(op);
    }

    @Override
    public Object createTask(TaskOps.Create op) {
        return changeSets.write(() -> tasks.create(op));
    }

    @Override
    public Object updateTask(TaskOps.Update op) {
        return changeSets.write(() -> tasks.update(op));
    }

    @Override
    public Object deleteTask(TaskOps.Delete op) {
        delete(Kind.TASK, op.id());
        return "deleted";
    }

    @Override
    public Pager findTasks(TaskOps.Find op) {
        return tasks.find(op);
    }

    @Override
    public void openChangeSet(int set) {
        changeSets.open(set);
    }

    @Override
    public void closeChangeSet() {
        changeSets.close();
    }

    @Override
    public Object undo(int set) {
        return changeSets.undo(set);
    }

    @Override
    public List<List<?>> everything() {
        return List.of(
                List.copyOf(state.contacts.values()),
                List.copyOf(state.pipelines.values()),
                List.copyOf(state.deals.values()),
                List.copyOf(state.tasks.values()));
    }

    /** Deletes a record with its kind's cascade, journalled and kept in the trash. */
    void delete(Kind kind, long id) {
        Runnable delete = switch (kind) {
            case CONTACT -> () -> contacts.delete(id);
            case PIPELINE -> () -> pipelines.delete(id);
            case DEAL -> () -> deals.delete(id);
            case TASK -> () -> tasks.delete(id);
        };
        changeSets.delete(kind, id, delete);
    }

    /** {@return the deleted record the trash holds, if it does} */
    Optional<CrmRecord> trashed(Kind kind, long id) {
        return changeSets.trashed(kind, id);
    }

    /** The ids of the records change set {@code set} wrote so far, for the generator to change them again. */
    List<ModelChangeSets.Touched> touchedBy(int set) {
        return changeSets.touchedBy(set);
    }
}
