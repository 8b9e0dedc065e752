package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Properties over random operations: replaying a record's audit entries, oldest first, gives
 * exactly its stored fields (or nothing, once deleted), so the log holds every change and only the
 * changes made; and undoing a change set of random operations (merges of contacts included)
 * returns every record to the state before it.
 */
public abstract class AuditPropertyContract extends ContractTest {

    private static final int OPERATIONS = 60;

    @Test
    void should_log_exactly_the_changes_made_by_random_operations() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            List<Long> contacts = new ArrayList<>();
            List<Long> tasks = new ArrayList<>();
            for (int i = 0; i < OPERATIONS; i++) {
                randomOperation(random, contacts, tasks, true);
            }
            for (long id : contacts) {
                assertThat(replay("contact", id))
                        .as("contact %d, seed %d", id, seed)
                        .isEqualTo(
                                crm().contacts().findById(id).map(this::fields).orElse(Map.of()));
            }
            for (long id : tasks) {
                assertThat(replay("task", id))
                        .as("task %d, seed %d", id, seed)
                        .isEqualTo(crm().tasks().findById(id).map(this::fields).orElse(Map.of()));
            }
        }
    }

    @Test
    void should_return_to_the_state_before_a_change_set_of_random_operations_when_undone() {
        for (long seed = 11; seed <= 13; seed++) {
            Random random = new Random(seed);
            List<Long> contacts = new ArrayList<>();
            List<Long> tasks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                randomOperation(random, contacts, tasks, false);
            }
            Map<String, Map<String, String>> before = snapshot(contacts, tasks);
            String turn = crm().changeSets().newId();
            crm().changeSets().run(turn, () -> {
                for (int i = 0; i < OPERATIONS / 2; i++) {
                    randomOperation(random, contacts, tasks, false);
                }
                return null;
            });

            crm().changeSets().undo(turn);

            assertThat(snapshot(contacts, tasks)).as("seed %d", seed).isEqualTo(before);
        }
    }

    /** One random create, update, merge or (when allowed) delete; refused operations are part of the game. */
    private void randomOperation(Random random, List<Long> contacts, List<Long> tasks, boolean deletes) {
        clock().advance(Duration.ofSeconds(1 + random.nextInt(100)));
        int dice = random.nextInt(deletes ? 9 : 7);
        try {
            switch (dice) {
                case 6 -> {
                    Long survivor = pick(random, contacts);
                    Long other = pick(random, contacts);
                    if (survivor != null && other != null && !survivor.equals(other)) {
                        mergeContacts(random, survivor, other);
                    }
                }
                case 0 ->
                    contacts.add(crm().contacts().create(aContact().build()).id());
                case 1 -> {
                    Long contact = pick(random, contacts);
                    tasks.add(crm().tasks()
                            .create(aTask().contactId(contact)
                                    .priority(TaskPriority.values()[random.nextInt(4)])
                                    .build())
                            .id());
                }
                case 2, 3 -> {
                    Long contact = pick(random, contacts);
                    if (contact != null) {
                        crm().contacts()
                                .update(
                                        contact,
                                        ContactUpdate.builder()
                                                .notes(random.nextBoolean() ? null : "note " + random.nextInt(5))
                                                .phone(random.nextBoolean() ? null : "+1 " + random.nextInt(3))
                                                .build());
                    }
                }
                case 4, 5 -> {
                    Long task = pick(random, tasks);
                    if (task != null) {
                        crm().tasks()
                                .update(
                                        task,
                                        TaskUpdate.builder()
                                                .status(TaskStatus.values()[random.nextInt(4)])
                                                .dueDate(
                                                        random.nextBoolean()
                                                                ? null
                                                                : LocalDate.of(2026, 1 + random.nextInt(12), 1))
                                                .build());
                    }
                }
                case 7 -> {
                    Long contact = pick(random, contacts);
                    if (contact != null) {
                        crm().contacts().deleteById(contact);
                    }
                }
                default -> {
                    Long task = pick(random, tasks);
                    if (task != null) {
                        crm().tasks().deleteById(task);
                    }
                }
            }
        } catch (CrmException refused) {
            // e.g. a record deleted before: nothing was written, so nothing may be logged
        }
    }

    /** Merges two contacts, at their current versions, taking a random field from the other. */
    private void mergeContacts(Random random, long survivor, long other) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        versions.put(survivor, crm().contacts().getById(survivor).version());
        versions.put(other, crm().contacts().getById(other).version());
        MergeRequest merge = MergeRequest.of(survivor, versions);
        String field = List.of("email", "phone", "notes", "firstName").get(random.nextInt(4));
        crm().duplicates().mergeContacts(random.nextBoolean() ? merge.withField(field, other) : merge);
    }

    private static @Nullable Long pick(Random random, List<Long> ids) {
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private Map<String, String> replay(String entity, long id) {
        List<AuditEntry> newestFirst = new ArrayList<>();
        String cursor = null;
        do {
            var page = crm().audit().history(entity, id, cursor, 50);
            newestFirst.addAll(page.items());
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        Map<String, String> fields = new TreeMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            for (FieldChange change : newestFirst.get(i).changes()) {
                assertThat(Optional.ofNullable(fields.get(change.field())))
                        .as("the old value of %s %d's %s is the value it had", entity, id, change.field())
                        .isEqualTo(change.oldValue());
                change.newValue()
                        .ifPresentOrElse(
                                value -> fields.put(change.field(), value), () -> fields.remove(change.field()));
            }
        }
        return fields;
    }

    private Map<String, Map<String, String>> snapshot(List<Long> contacts, List<Long> tasks) {
        Map<String, Map<String, String>> state = new LinkedHashMap<>();
        contacts.forEach(id -> crm().contacts().findById(id).ifPresent(c -> state.put("contact " + id, fields(c))));
        tasks.forEach(id -> crm().tasks().findById(id).ifPresent(t -> state.put("task " + id, fields(t))));
        return state;
    }

    private Map<String, String> fields(Contact c) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("firstName", c.firstName());
        values.put("lastName", c.lastName());
        values.put("email", c.email());
        values.put("phone", c.phone());
        values.put("company", c.company());
        values.put("position", c.position());
        values.put("notes", c.notes());
        values.put("companyId", c.companyId());
        return present(values);
    }

    private Map<String, String> fields(Task t) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("title", t.title());
        values.put("description", t.description());
        values.put("priority", t.priority());
        values.put("status", t.status());
        values.put("contactId", t.contactId());
        values.put("dealId", t.dealId());
        values.put("dueDate", t.dueDate());
        values.put("completedAt", t.completedAt());
        return present(values);
    }

    private static Map<String, String> present(Map<String, @Nullable Object> values) {
        Map<String, String> present = new TreeMap<>();
        values.forEach((field, value) -> {
            if (value != null) {
                present.put(field, value instanceof Enum<?> e ? e.name() : Objects.toString(value));
            }
        });
        return present;
    }
}
