package dev.crmkit.core.model;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.model.Ids.Kind;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.Task;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The reference model's change sets, written from the rules of undo: every write is journalled
 * (the records it changed, before and after, a cascade's children before their parent) with the
 * change set open at the time; a delete keeps the record and what its cascade took in a trash.
 * Undoing a set is refused when the last journal entry of a record it touched is not the set's;
 * otherwise its entries are reverted newest first, as one step that changes nothing when any
 * step is refused: a create is deleted (with its cascade), an update's changed fields get their
 * old values back (a write: the version moves on; refused when they no longer fit, as storing
 * them would be: an email taken since, a link to a record deleted since, a stage removed since),
 * a delete is restored from the trash with its cascade (each record as it was, journalled as a
 * create), re-attaching what it had detached.
 */
final class ModelChangeSets {

    /** The kinds in the order a cascade writes them: children first. */
    private static final List<Kind> CASCADE_ORDER = List.of(Kind.TASK, Kind.DEAL, Kind.CONTACT, Kind.PIPELINE);

    private static final Set<String> UNAUDITED = Set.of("id", "createdAt", "updatedAt", "version");

    /** One record changed by a write: {@code before} null for a create, {@code after} null for a delete. */
    private record Entry(
            @Nullable String set,
            Kind kind,
            long id,
            @Nullable CrmRecord before,
            @Nullable CrmRecord after) {}

    /** A record a change set wrote. */
    record Touched(Kind kind, long id) {}

    /** A deleted record, with the tasks its delete took along and the ids of what it detached. */
    private record Trashed(CrmRecord record, List<Task> tasks, List<Long> detached) {}

    private final ModelState state;
    private final ModelCrm crm;
    private final List<Entry> journal = new ArrayList<>();
    private final Map<String, Trashed> trash = new HashMap<>();
    private @Nullable String open;
    private int undos;

    ModelChangeSets(ModelState state, ModelCrm crm) {
        this.state = state;
        this.crm = crm;
    }

    void open(int set) {
        open = "set-" + set;
    }

    void close() {
        open = null;
    }

    /** {@return the records change set {@code set} wrote, each once, in the order it first wrote them} */
    List<Touched> touchedBy(int set) {
        String id = "set-" + set;
        return journal.stream()
                .filter(e -> id.equals(e.set()))
                .map(e -> new Touched(e.kind(), e.id()))
                .distinct()
                .toList();
    }

    /** {@return the record of this kind and id that the trash holds, if it does} */
    Optional<CrmRecord> trashed(Kind kind, long id) {
        return Optional.ofNullable(trash.get(kind + " " + id)).map(Trashed::record);
    }

    /** Runs a write, journalling what it changed in the open change set. */
    <T> T write(Supplier<T> write) {
        Map<Kind, Map<Long, CrmRecord>> before = copy();
        T result = write.get();
        for (Kind kind : CASCADE_ORDER) {
            Map<Long, ? extends CrmRecord> now = records(kind);
            Set<Long> ids = new TreeSet<>(before.get(kind).keySet());
            ids.addAll(now.keySet());
            for (long id : ids) {
                CrmRecord was = before.get(kind).get(id);
                CrmRecord is = now.get(id);
                if (!Objects.equals(was, is)) {
                    journal.add(new Entry(open, kind, id, was, is));
                }
            }
        }
        return result;
    }

    /** Runs a delete as a write and keeps what it deleted in the trash. */
    void delete(Kind kind, long id, Runnable delete) {
        int from = journal.size();
        write(() -> {
            delete.run();
            return null;
        });
        List<Entry> entries = journal.subList(from, journal.size());
        List<Task> tasks = new ArrayList<>();
        List<Long> detached = new ArrayList<>();
        CrmRecord deleted = null;
        for (Entry e : entries) {
            if (e.kind() == kind && e.id() == id) {
                deleted = e.before();
            } else if (e.after() == null && e.before() instanceof Task task) {
                tasks.add(task);
            } else {
                detached.add(e.id());
            }
        }
        trash.put(kind + " " + id, new Trashed(Objects.requireNonNull(deleted), tasks, detached));
    }

    /**
     * Runs a merge of {@code other} into {@code survivor} as a write, journalled in the order the
     * service writes it (the moved rows, the other's delete, then the survivor: an undo puts the
     * survivor's email back before the other returns), the other kept in the trash as it was.
     */
    <T> T merge(long survivor, long other, Supplier<T> merge) {
        int from = journal.size();
        T result = write(merge);
        List<Entry> entries = journal.subList(from, journal.size());
        Entry merged = null;
        for (Entry e : entries) {
            if (e.kind() == Kind.CONTACT && e.id() == survivor) {
                merged = e;
            } else if (e.kind() == Kind.CONTACT && e.id() == other && e.before() != null) {
                trash.put(Kind.CONTACT + " " + other, new Trashed(e.before(), List.of(), List.of()));
            }
        }
        if (merged != null) {
            entries.remove(merged);
            entries.add(merged);
        }
        return result;
    }

    Object undo(int set) {
        String id = "set-" + set;
        List<Entry> entries = journal.stream().filter(e -> id.equals(e.set())).toList();
        if (entries.isEmpty()) {
            throw new NotFoundException("change set", id);
        }
        Set<String> touched = new LinkedHashSet<>();
        entries.forEach(e -> touched.add(e.kind() + " " + e.id()));
        List<String> changed = new ArrayList<>();
        for (String record : touched) {
            Entry latest = journal.stream()
                    .filter(e -> record.equals(e.kind() + " " + e.id()))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            if (!id.equals(latest.set())) {
                changed.add(record);
            }
        }
        if (!changed.isEmpty()) {
            throw new ConflictException("change set " + id + " cannot be undone: records changed since: " + changed);
        }
        Map<Kind, Map<Long, CrmRecord>> saved = copy();
        Map<String, Trashed> savedTrash = new HashMap<>(trash);
        int savedJournal = journal.size();
        String outer = open;
        open = "undo-" + ++undos;
        try {
            for (int i = entries.size() - 1; i >= 0; i--) {
                revert(entries.get(i));
            }
        } catch (CrmException refused) {
            saved.forEach((kind, records) -> {
                @SuppressWarnings("unchecked")
                Map<Long, CrmRecord> live = (Map<Long, CrmRecord>) records(kind);
                live.clear();
                live.putAll(records);
            });
            trash.clear();
            trash.putAll(savedTrash);
            journal.subList(savedJournal, journal.size()).clear();
            throw refused;
        } finally {
            open = outer;
        }
        return "undone";
    }

    private void revert(Entry entry) {
        Kind kind = entry.kind();
        long id = entry.id();
        if (entry.before() == null) {
            if (records(kind).containsKey(id)) {
                crm.delete(kind, id);
            }
        } else if (entry.after() == null) {
            Trashed trashed = trash.remove(kind + " " + id);
            if (trashed != null) {
                restore(trashed);
            } else if (!records(kind).containsKey(id)) {
                throw new ConflictException(kind + " " + id + " is not in the trash");
            }
        } else {
            CrmRecord current = records(kind).get(id);
            if (current == null) {
                throw new NotFoundException(kind.name().toLowerCase(Locale.ROOT), id);
            }
            Map<String, @Nullable Object> old = new HashMap<>();
            for (RecordComponent c : current.getClass().getRecordComponents()) {
                Object was = read(c, entry.before());
                if (!UNAUDITED.contains(c.getName()) && !Objects.equals(was, read(c, entry.after()))) {
                    old.put(c.getName(), was);
                }
            }
            CrmRecord restored = with(current, old);
            if (!restored.equals(current)) {
                requireStorable(restored);
                put(kind, with(restored, Map.of("updatedAt", state.now(), "version", current.version() + 1)));
            }
        }
    }

    /**
     * Refuses an old value that no longer fits the records written since, as storing it would: an
     * email another contact took, a link to a record deleted meanwhile, a stage that is gone.
     */
    private void requireStorable(CrmRecord restored) {
        if (restored instanceof Contact contact) {
            state.contacts.values().stream()
                    .filter(live -> live.id() != contact.id() && live.email().equals(contact.email()))
                    .findFirst()
                    .ifPresent(live -> {
                        throw new ConflictException("email taken", "email", live.id());
                    });
        } else if (restored instanceof Deal deal) {
            Pipeline pipeline = state.pipelines.get(deal.pipelineId());
            if (pipeline == null) {
                throw new ConflictException("pipeline gone", "pipelineId", deal.pipelineId());
            }
            if (pipeline.stage(deal.status()).isEmpty()) {
                throw new ConflictException("stage gone", "status", deal.pipelineId());
            }
            requireLive(state.contacts, deal.contactId(), "contactId");
        } else if (restored instanceof Task task) {
            requireLive(state.contacts, task.contactId(), "contactId");
            requireLive(state.deals, task.dealId(), "dealId");
        } else if (restored instanceof Pipeline pipeline) { // its old stages must still hold every deal it has now
            state.deals.values().stream()
                    .filter(deal -> deal.pipelineId() == pipeline.id()
                            && pipeline.stage(deal.status()).isEmpty())
                    .findFirst()
                    .ifPresent(deal -> {
                        throw new ConflictException("stage gone", "status", deal.id());
                    });
        }
    }

    private static void requireLive(Map<Long, ?> records, @Nullable Long id, String link) {
        if (id != null && !records.containsKey(id)) {
            throw new ConflictException(link + " gone", link, null);
        }
    }

    /** Back from the trash as it was deleted, journalled as a create; re-attaching is an update. */
    private void restore(Trashed trashed) {
        CrmRecord record = trashed.record();
        if (record instanceof Contact contact) {
            state.contacts.values().stream()
                    .filter(live -> live.email().equals(contact.email()))
                    .findFirst()
                    .ifPresent(live -> {
                        throw new ConflictException("email taken", "email", live.id());
                    });
            put(Kind.CONTACT, contact);
            for (Task task : trashed.tasks()) {
                put(Kind.TASK, withoutDeletedDeal(task));
            }
            reattach(Kind.DEAL, trashed.detached(), "contactId", contact.id());
        } else if (record instanceof Deal deal) {
            Pipeline pipeline = state.pipelines.get(deal.pipelineId());
            if (pipeline == null) {
                throw new ConflictException("pipeline gone", "pipelineId", deal.pipelineId());
            }
            if (pipeline.stage(deal.status()).isEmpty()) {
                throw new ConflictException("stage gone", "status", deal.pipelineId());
            }
            put(
                    Kind.DEAL,
                    deal.contactId() != null && !state.contacts.containsKey(deal.contactId())
                            ? with(deal, nulled("contactId"))
                            : deal);
            reattach(Kind.TASK, trashed.detached(), "dealId", deal.id());
        } else if (record instanceof Task task) {
            if (task.contactId() != null && !state.contacts.containsKey(task.contactId())) {
                throw new ConflictException("contact gone", "contactId", task.contactId());
            }
            put(Kind.TASK, withoutDeletedDeal(task));
        } else {
            Pipeline pipeline = (Pipeline) record;
            put(Kind.PIPELINE, pipeline);
        }
    }

    private Task withoutDeletedDeal(Task task) {
        return task.dealId() != null && !state.deals.containsKey(task.dealId()) ? with(task, nulled("dealId")) : task;
    }

    /** Links each record that still exists and is still unlinked back to {@code parent}: a write. */
    private void reattach(Kind kind, List<Long> ids, String link, long parent) {
        for (long id : ids) {
            CrmRecord record = records(kind).get(id);
            if (record != null && read(component(record, link), record) == null) {
                put(
                        kind,
                        with(record, Map.of(link, parent, "updatedAt", state.now(), "version", record.version() + 1)));
            }
        }
    }

    private void put(Kind kind, CrmRecord record) {
        @SuppressWarnings("unchecked")
        Map<Long, CrmRecord> records = (Map<Long, CrmRecord>) records(kind);
        journal.add(new Entry(open, kind, record.id(), records.get(record.id()), record));
        records.put(record.id(), record);
    }

    private Map<Long, ? extends CrmRecord> records(Kind kind) {
        return switch (kind) {
            case CONTACT -> state.contacts;
            case PIPELINE -> state.pipelines;
            case DEAL -> state.deals;
            case TASK -> state.tasks;
        };
    }

    private Map<Kind, Map<Long, CrmRecord>> copy() {
        Map<Kind, Map<Long, CrmRecord>> copy = new HashMap<>();
        for (Kind kind : Kind.values()) {
            copy.put(kind, new TreeMap<>(records(kind)));
        }
        return copy;
    }

    private static Map<String, @Nullable Object> nulled(String field) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put(field, null);
        return values;
    }

    private static RecordComponent component(CrmRecord record, String name) {
        return Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static @Nullable Object read(RecordComponent component, @Nullable CrmRecord record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record with some components replaced, built through its canonical constructor. */
    @SuppressWarnings("unchecked")
    static <T extends CrmRecord> T with(T record, Map<String, ? extends @Nullable Object> values) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = values.containsKey(name) ? values.get(name) : read(components[i], record);
        }
        try {
            return (T) record.getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
