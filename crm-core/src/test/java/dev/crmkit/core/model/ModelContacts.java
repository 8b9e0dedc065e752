package dev.crmkit.core.model;

import static dev.crmkit.core.model.ModelState.optional;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.model.ModelState.Errors;
import dev.crmkit.core.task.Task;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reference model's contacts. Rules: names and email required, email valid and unique
 * ignoring case, an update that changes nothing keeps the version, deleting a contact deletes its
 * tasks and detaches its deals (an update of each: its version moves on).
 */
final class ModelContacts {

    private final ModelState state;

    ModelContacts(ModelState state) {
        this.state = state;
    }

    Contact create(ContactOps.Create op) {
        Errors errors = new Errors();
        String first = errors.required("firstName", op.firstName());
        String last = errors.required("lastName", op.lastName());
        String email = errors.email("email", op.email());
        errors.throwIfAny();
        requireEmailFree(Objects.requireNonNull(email), 0);
        Instant now = state.now();
        Contact created = new Contact(
                state.nextContactId(),
                Objects.requireNonNull(first),
                Objects.requireNonNull(last),
                email,
                optional(op.phone()),
                optional(op.company()),
                null,
                null,
                now,
                now,
                0);
        state.contacts.put(created.id(), created);
        return created;
    }

    Contact update(ContactOps.Update op) {
        Errors errors = new Errors();
        Patch<String> first = errors.required("firstName", op.firstName());
        Patch<String> last = errors.required("lastName", op.lastName());
        Patch<String> email = errors.email("email", op.email());
        errors.throwIfAny();
        Contact current = get(op.id());
        Versions.check("contact", current, op.expectedVersion());
        Contact changed = new Contact(
                current.id(),
                first.applyTo(current.firstName()),
                last.applyTo(current.lastName()),
                email.applyTo(current.email()),
                optional(op.phone()).applyTo(current.phone()),
                optional(op.company()).applyTo(current.company()),
                current.position(),
                current.notes(),
                current.createdAt(),
                current.updatedAt(),
                current.version());
        if (changed.equals(current)) {
            return current;
        }
        if (!changed.email().equals(current.email())) {
            requireEmailFree(changed.email(), current.id());
        }
        Contact updated = new Contact(
                changed.id(),
                changed.firstName(),
                changed.lastName(),
                changed.email(),
                changed.phone(),
                changed.company(),
                changed.position(),
                changed.notes(),
                changed.createdAt(),
                state.now(),
                current.version() + 1);
        state.contacts.put(updated.id(), updated);
        return updated;
    }

    void delete(long id) {
        if (state.contacts.remove(id) == null) {
            throw new NotFoundException("contact", id);
        }
        state.tasks.values().removeIf(task -> Objects.equals(task.contactId(), id));
        state.deals.replaceAll((dealId, deal) -> Objects.equals(deal.contactId(), id) ? withoutContact(deal) : deal);
    }

    /**
     * Merges two contacts: the survivor keeps each value it has, else takes the other's (its email
     * when asked); the other's deals and tasks move to it (each an update); the other is gone.
     */
    Object merge(ContactOps.Merge op) {
        Contact survivor = get(op.survivor());
        Contact other = get(op.other());
        if (survivor.id() == other.id()) {
            throw new ValidationException("versions", "must name 2 to 20 records with their versions");
        }
        int deals = moveTo(survivor.id(), other.id(), state.deals, Deal::contactId);
        int tasks = moveTo(survivor.id(), other.id(), state.tasks, Task::contactId);
        state.contacts.remove(other.id());
        Map<String, @Nullable Object> merged = new HashMap<>();
        merged.put("email", op.takeEmail() ? other.email() : survivor.email());
        merged.put("phone", survivor.phone() != null ? survivor.phone() : other.phone());
        merged.put("company", survivor.company() != null ? survivor.company() : other.company());
        merged.put("updatedAt", state.now());
        merged.put("version", survivor.version() + 1);
        Contact result = ModelChangeSets.with(survivor, merged);
        state.contacts.put(result.id(), result);
        Map<String, Integer> relinked = new LinkedHashMap<>();
        relinked.put("deals", deals);
        relinked.put("tasks", tasks);
        relinked.put("activities", 0);
        relinked.put("tags", 0);
        return new ContactOps.Merged(result, relinked);
    }

    /** Links the rows of {@code from} to {@code to}, each an update; {@return how many} */
    private <R extends CrmRecord> int moveTo(long to, long from, Map<Long, R> rows, Function<R, @Nullable Long> link) {
        int moved = 0;
        for (R row : List.copyOf(rows.values())) {
            if (Objects.equals(link.apply(row), from)) {
                Map<String, @Nullable Object> values = new HashMap<>();
                values.put("contactId", to);
                values.put("updatedAt", state.now());
                values.put("version", row.version() + 1);
                rows.put(row.id(), ModelChangeSets.with(row, values));
                moved++;
            }
        }
        return moved;
    }

    Pager find(ContactOps.Find op) {
        String text = optional(op.text());
        String company = optional(op.company());
        Function<Contact, ? extends @Nullable Comparable<?>> value = switch (op.sort()) {
            case ID -> Contact::id;
            case LAST_NAME -> Contact::lastName;
            case EMAIL -> Contact::email;
            case COMPANY -> Contact::company;
            case CREATED_AT -> Contact::createdAt;
            case UPDATED_AT -> Contact::updatedAt;
        };
        return new ModelPager<>(
                () -> state.contacts.values().stream()
                        .filter(c -> matches(c, text, company))
                        .toList(),
                ModelPager.order(value, op.direction()),
                op.limit(),
                op.total());
    }

    boolean exists(long id) {
        return state.contacts.containsKey(id);
    }

    private Contact get(long id) {
        Contact contact = state.contacts.get(id);
        if (contact == null) {
            throw new NotFoundException("contact", id);
        }
        return contact;
    }

    private void requireEmailFree(String email, long exceptId) {
        for (Contact other : state.contacts.values()) {
            if (other.email().equals(email) && other.id() != exceptId) {
                throw new ConflictException("email taken", "email", other.id());
            }
        }
    }

    /** "First Last", email and company, lower-cased: what the text filter looks in. */
    private static boolean matches(Contact c, @Nullable String text, @Nullable String company) {
        String searchable = (c.firstName() + " " + c.lastName() + "\n" + c.email()
                        + (c.company() == null ? "" : "\n" + c.company()))
                .toLowerCase(Locale.ROOT);
        return (text == null || searchable.contains(text.toLowerCase(Locale.ROOT)))
                && (company == null || company.equals(c.company()));
    }

    private Deal withoutContact(Deal d) {
        return new Deal(
                d.id(),
                d.title(),
                d.description(),
                d.value(),
                d.pipelineId(),
                d.status(),
                null,
                d.expectedCloseDate(),
                d.closedAt(),
                d.lostReason(),
                d.createdAt(),
                state.now(),
                d.version() + 1);
    }
}
