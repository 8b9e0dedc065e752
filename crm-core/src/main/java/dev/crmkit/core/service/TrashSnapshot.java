package dev.crmkit.core.service;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.trash.TrashKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one delete took away, collected while its cascade runs and stored as the trash entry's
 * JSON: the record, the records its delete removed with it (a contact's tasks, the activities, a
 * deal's stage history), the ids of its tags, and the ids of the records it detached (left without
 * a link to it), so that a restore can re-attach those that are still unlinked.
 */
final class TrashSnapshot {

    final TrashKind kind;
    final CrmRecord record;
    final List<Task> tasks = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<DealStageChange> stageChanges = new ArrayList<>();
    final List<Long> tagIds = new ArrayList<>();
    final List<Long> detachedContacts = new ArrayList<>();
    final List<Long> detachedDeals = new ArrayList<>();
    final List<Long> detachedTasks = new ArrayList<>();

    TrashSnapshot(TrashKind kind, CrmRecord record) {
        this.kind = kind;
        this.record = record;
    }

    /** {@return the JSON of this snapshot} */
    String toJson() {
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("kind", kind.code());
        json.put("record", record);
        json.put("tasks", tasks);
        json.put("activities", activities);
        json.put("stageChanges", stageChanges);
        json.put("tagIds", tagIds);
        json.put("detachedContacts", detachedContacts);
        json.put("detachedDeals", detachedDeals);
        json.put("detachedTasks", detachedTasks);
        return TrashJson.write(json);
    }

    /**
     * {@return the snapshot a trash entry of {@code kind} stored}
     *
     * @throws IllegalArgumentException when the JSON is not a snapshot
     */
    static TrashSnapshot of(TrashKind kind, String json) {
        if (!(TrashJson.parse(json) instanceof Map<?, ?> parsed)) {
            throw new IllegalArgumentException("a trash snapshot is a JSON object");
        }
        CrmRecord record = switch (kind) {
            case CONTACT -> TrashJson.read(parsed.get("record"), Contact.class);
            case COMPANY -> TrashJson.read(parsed.get("record"), Company.class);
            case DEAL -> TrashJson.read(parsed.get("record"), Deal.class);
            case TASK -> TrashJson.read(parsed.get("record"), Task.class);
            case PIPELINE -> TrashJson.read(parsed.get("record"), Pipeline.class);
        };
        TrashSnapshot snapshot = new TrashSnapshot(kind, record);
        snapshot.tasks.addAll(TrashJson.records(parsed.get("tasks"), Task.class));
        snapshot.activities.addAll(TrashJson.records(parsed.get("activities"), Activity.class));
        snapshot.stageChanges.addAll(TrashJson.records(parsed.get("stageChanges"), DealStageChange.class));
        snapshot.tagIds.addAll(TrashJson.longs(parsed.get("tagIds")));
        snapshot.detachedContacts.addAll(TrashJson.longs(parsed.get("detachedContacts")));
        snapshot.detachedDeals.addAll(TrashJson.longs(parsed.get("detachedDeals")));
        snapshot.detachedTasks.addAll(TrashJson.longs(parsed.get("detachedTasks")));
        return snapshot;
    }

    /** {@return what a person recognises the record by} */
    String label() {
        if (record instanceof Contact c) {
            return c.firstName() + " " + c.lastName() + " <" + c.email() + ">";
        } else if (record instanceof Company c) {
            return c.domain() == null ? c.name() : c.name() + " (" + c.domain() + ")";
        } else if (record instanceof Deal d) {
            return d.title();
        } else if (record instanceof Task t) {
            return t.title();
        } else if (record instanceof Pipeline p) {
            return p.name();
        }
        return kind.code() + " " + record.id();
    }
}
