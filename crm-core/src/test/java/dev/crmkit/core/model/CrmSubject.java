package dev.crmkit.core.model;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.model.Ids.Kind;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskUpdate;
import dev.crmkit.core.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The CRM over one adapter and database, driven through its public API as a host would. */
final class CrmSubject implements Subject {

    private final MutableClock clock;
    private final Crm crm;
    private final Ids ids = new Ids();
    private final Map<Integer, Pager> kept = new HashMap<>();
    private final Map<Integer, String> changeSets = new HashMap<>();
    private @Nullable String openChangeSet;

    CrmSubject(CrmStorage storage, Instant start) {
        this.clock = new MutableClock(start);
        this.crm = Crm.builder().storage(storage).clock(clock).build();
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public Map<Integer, Pager> kept() {
        return kept;
    }

    @Override
    public Object createContact(ContactOps.Create op) {
        return write(() -> {
            Contact created = crm.contacts()
                    .create(new NewContact(
                            op.firstName(), op.lastName(), op.email(), op.phone(), op.company(), null, null));
            ids.issued(Kind.CONTACT, created.id());
            return ids.logical(created);
        });
    }

    @Override
    public Object updateContact(ContactOps.Update op) {
        return write(() -> {
            ContactUpdate update = new ContactUpdate(
                    op.firstName(),
                    op.lastName(),
                    op.email(),
                    op.phone(),
                    op.company(),
                    Patch.unchanged(),
                    Patch.unchanged(),
                    op.expectedVersion());
            return ids.logical(crm.contacts().update(ids.real(Kind.CONTACT, op.id()), update));
        });
    }

    @Override
    public Object deleteContact(ContactOps.Delete op) {
        return write(() -> {
            crm.contacts().deleteById(ids.real(Kind.CONTACT, op.id()));
            return "deleted";
        });
    }

    @Override
    public Object mergeContacts(ContactOps.Merge op) {
        return write(() -> {
            long survivor = ids.real(Kind.CONTACT, op.survivor());
            long other = ids.real(Kind.CONTACT, op.other());
            Map<Long, Long> versions = new LinkedHashMap<>();
            versions.put(survivor, crm.contacts().getById(survivor).version());
            versions.put(other, crm.contacts().getById(other).version());
            MergeRequest merge = MergeRequest.of(survivor, versions);
            MergeResult<Contact> result =
                    crm.duplicates().mergeContacts(op.takeEmail() ? merge.withField("email", other) : merge);
            return new ContactOps.Merged(ids.logical(result.record()), result.relinked());
        });
    }

    @Override
    public Pager findContacts(ContactOps.Find op) {
        ContactQuery query = new ContactQuery(
                op.text(), op.company(), new PageRequest<>(op.sort(), op.direction(), op.limit(), null, op.total()));
        return new CrmPager<Contact>(cursor -> crm.contacts().find(query.after(cursor)), ids::logical);
    }

    @Override
    public Object createPipeline(PipelineOps.Create op) {
        return write(() -> {
            Pipeline created = crm.pipelines().create(new NewPipeline(op.name(), null, stages(op.stages())));
            ids.issued(Kind.PIPELINE, created.id());
            return ids.logical(created);
        });
    }

    @Override
    public Object updatePipeline(PipelineOps.Update op) {
        return write(() -> {
            PipelineUpdate update = new PipelineUpdate(
                    op.name(),
                    Patch.unchanged(),
                    op.stages() == null ? Patch.unchanged() : Patch.set(stages(op.stages())),
                    op.expectedVersion());
            return ids.logical(crm.pipelines().update(ids.real(Kind.PIPELINE, op.id()), update));
        });
    }

    @Override
    public Object deletePipeline(PipelineOps.Delete op) {
        return write(() -> {
            crm.pipelines().deleteById(ids.real(Kind.PIPELINE, op.id()));
            return "deleted";
        });
    }

    @Override
    public Pager findPipelines(PipelineOps.Find op) {
        PipelineQuery query =
                new PipelineQuery(new PageRequest<>(op.sort(), op.direction(), op.limit(), null, op.total()));
        return new CrmPager<Pipeline>(cursor -> crm.pipelines().find(query.after(cursor)), ids::logical);
    }

    @Override
    public Object summarisePipeline(PipelineOps.Summarise op) {
        return ids.logical(crm.pipelines().summary(ids.real(Kind.PIPELINE, op.id())));
    }

    @Override
    public Object createDeal(DealOps.Create op) {
        return write(() -> {
            Deal created = crm.deals()
                    .create(NewDeal.builder(op.title())
                            .amount(op.amount())
                            .currency(op.currency())
                            .pipelineId(ids.realOrNull(Kind.PIPELINE, op.pipelineId()))
                            .status(op.status())
                            .contactId(ids.realOrNull(Kind.CONTACT, op.contactId()))
                            .expectedCloseDate(op.expectedCloseDate())
                            .lostReason(op.lostReason())
                            .build());
            ids.issued(Kind.DEAL, created.id());
            return ids.logical(created);
        });
    }

    @Override
    public Object updateDeal(DealOps.Update op) {
        return write(() -> {
            DealUpdate update = new DealUpdate(
                    op.title(),
                    Patch.unchanged(),
                    op.amount(),
                    op.currency(),
                    op.pipelineId() == 0 ? Patch.unchanged() : Patch.set(ids.real(Kind.PIPELINE, op.pipelineId())),
                    op.status(),
                    op.contactId().map(id -> ids.real(Kind.CONTACT, id)),
                    op.expectedCloseDate(),
                    op.lostReason(),
                    op.expectedVersion());
            return ids.logical(crm.deals().update(ids.real(Kind.DEAL, op.id()), update));
        });
    }

    @Override
    public Object deleteDeal(DealOps.Delete op) {
        return write(() -> {
            crm.deals().deleteById(ids.real(Kind.DEAL, op.id()));
            return "deleted";
        });
    }

    @Override
    public Pager findDeals(DealOps.Find op) {
        DealQuery query = new DealQuery(
                ids.realOrNull(Kind.PIPELINE, op.pipelineId()),
                op.status(),
                ids.realOrNull(Kind.CONTACT, op.contactId()),
                op.minAmount(),
                op.maxAmount(),
                op.currency(),
                op.outcome(),
                new PageRequest<>(op.sort(), op.direction(), op.limit(), null, op.total()));
        return new CrmPager<Deal>(cursor -> crm.deals().find(query.after(cursor)), ids::logical);
    }

    @Override
    public Object createTask(TaskOps.Create op) {
        return write(() -> {
            Task created = crm.tasks()
                    .create(new NewTask(
                            op.title(),
                            null,
                            op.priority(),
                            op.status(),
                            ids.realOrNull(Kind.CONTACT, op.contactId()),
                            ids.realOrNull(Kind.DEAL, op.dealId()),
                            op.dueDate()));
            ids.issued(Kind.TASK, created.id());
            return ids.logical(created);
        });
    }

    @Override
    public Object updateTask(TaskOps.Update op) {
        return write(() -> {
            TaskUpdate update = new TaskUpdate(
                    op.title(),
                    Patch.unchanged(),
                    op.priority(),
                    op.status(),
                    op.contactId().map(id -> ids.real(Kind.CONTACT, id)),
                    op.dealId().map(id -> ids.real(Kind.DEAL, id)),
                    op.dueDate(),
                    op.expectedVersion());
            return ids.logical(crm.tasks().update(ids.real(Kind.TASK, op.id()), update));
        });
    }

    @Override
    public Object deleteTask(TaskOps.Delete op) {
        return write(() -> {
            crm.tasks().deleteById(ids.real(Kind.TASK, op.id()));
            return "deleted";
        });
    }

    @Override
    public Pager findTasks(TaskOps.Find op) {
        TaskQuery query = new TaskQuery(
                op.statuses(),
                op.priorities(),
                ids.realOrNull(Kind.CONTACT, op.contactId()),
                ids.realOrNull(Kind.DEAL, op.dealId()),
                op.dueBefore(),
                op.dueAfter(),
                op.overdue(),
                new PageRequest<>(op.sort(), op.direction(), op.limit(), null, op.total()));
        return new CrmPager<Task>(cursor -> crm.tasks().find(query.after(cursor)), ids::logical);
    }

    @Override
    public void openChangeSet(int set) {
        openChangeSet = changeSetId(set);
    }

    @Override
    public void closeChangeSet() {
        openChangeSet = null;
    }

    @Override
    public Object undo(int set) {
        crm.changeSets().undo(changeSetId(set));
        return "undone";
    }

    @Override
    public List<List<?>> everything() {
        return List.of(
                every(Kind.CONTACT, id -> crm.contacts().findById(id).map(ids::logical)),
                every(Kind.PIPELINE, id -> crm.pipelines().findById(id).map(ids::logical)),
                every(Kind.DEAL, id -> crm.deals().findById(id).map(ids::logical)),
                every(Kind.TASK, id -> crm.tasks().findById(id).map(ids::logical)));
    }

    private List<Object> every(Kind kind, Function<Long, Optional<?>> find) {
        List<Object> found = new ArrayList<>();
        for (long logical = 1; logical <= ids.count(kind); logical++) {
            find.apply(ids.real(kind, logical)).ifPresent(found::add);
        }
        return found;
    }

    private String changeSetId(int set) {
        return changeSets.computeIfAbsent(set, n -> crm.changeSets().newId());
    }

    /** Runs a write in the open change set, if there is one. */
    private <T> T write(Supplier<T> write) {
        String changeSet = openChangeSet;
        return changeSet == null ? write.get() : crm.changeSets().run(changeSet, write);
    }

    private static List<Stage> stages(@Nullable List<PipelineOps.StageSpec> specs) {
        return specs == null
                ? List.of()
                : specs.stream()
                        .map(s -> Stage.of(s.key(), s.name(), s.probability(), s.outcome()))
                        .toList();
    }
}
