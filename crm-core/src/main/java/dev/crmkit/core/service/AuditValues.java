package dev.crmkit.core.service;

import dev.crmkit.core.audit.ChangeCodec;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an aggregate's record as the audit log sees them: every record component but the
 * id, the timestamps and the version, compared before and after a write, rendered as text, and
 * parsed back so that an undo can put the old values back. Works on any aggregate record, so a
 * new aggregate is audited without code of its own.
 */
final class AuditValues {

    private static final Set<String> UNAUDITED = Set.of("id", "createdAt", "updatedAt", "version");

    private AuditValues() {}

    /** The changed fields; {@code before} null for a create, {@code after} null for a delete. */
    static List<FieldChange> changes(@Nullable CrmRecord before, @Nullable CrmRecord after) {
        CrmRecord shape = before != null ? before : Objects.requireNonNull(after, "before or after");
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : shape.getClass().getRecordComponents()) {
            if (UNAUDITED.contains(component.getName())) {
                continue;
            }
            Optional<String> old = before == null ? Optional.empty() : render(read(component, before));
            Optional<String> now = after == null ? Optional.empty() : render(read(component, after));
            if (!old.equals(now)) {
                changes.add(new FieldChange(component.getName(), old, now));
            }
        }
        return changes;
    }

    /** {@code current} with the changes' old values put back; fields the changes do not name keep theirs. */
    static <T extends CrmRecord> T withOldValues(T current, List<FieldChange> changes) {
        Map<String, Optional<String>> old = new HashMap<>();
        changes.forEach(change -> old.put(change.field(), change.oldValue()));
        Map<String, @Nullable Object> values = new HashMap<>();
        for (RecordComponent component : current.getClass().getRecordComponents()) {
            if (old.containsKey(component.getName())) {
                values.put(
                        component.getName(),
                        parse(component.getType(), old.get(component.getName()).orElse(null)));
            }
        }
        return RecordFields.with(current, values);
    }

    static Optional<String> render(@Nullable Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof CustomFieldValues values) {
            // As stored: none is no value, so a record without custom fields logs no such change.
            return Optional.ofNullable(values.toStoredJson());
        }
        if (value instanceof Money money) {
            return Optional.of(
                    money.amount().toPlainString() + " " + money.currency().getCurrencyCode());
        }
        if (value instanceof Enum<?> constant) {
            return Optional.of(constant.name());
        }
        if (value instanceof List<?> list) {
            List<List<@Nullable String>> rows = new ArrayList<>();
            for (Object item : list) {
                Stage stage = (Stage) item;
                rows.add(List.of(
                        stage.key(),
                        stage.name(),
                        Integer.toString(stage.position()),
                        Integer.toString(stage.probability()),
                        stage.outcome().name()));
            }
            return Optional.of(ChangeCodec.encodeRows(rows));
        }
        return Optional.of(value.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static @Nullable Object parse(Class<?> type, @Nullable String text) {
        if (type == CustomFieldValues.class) {
            return CustomFieldValues.fromJson(text);
        }
        if (text == null) {
            return null;
        }
        if (type == String.class) {
            return text;
        }
        if (type == long.class || type == Long.class) {
            return Long.parseLong(text);
        }
        if (type == int.class || type == Integer.class) {
            return Integer.parseInt(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == Duration.class) {
            return Duration.parse(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == Money.class) {
            int space = text.lastIndexOf(' ');
            return Money.of(text.substring(0, space), text.substring(space + 1));
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class) type, text);
        }
        if (type == List.class) {
            List<Stage> stages = new ArrayList<>();
            for (List<@Nullable String> row : ChangeCodec.decodeRows(text)) {
                stages.add(new Stage(
                        Objects.requireNonNull(row.get(0)),
                        Objects.requireNonNull(row.get(1)),
                        Integer.parseInt(Objects.requireNonNull(row.get(2))),
                        Integer.parseInt(Objects.requireNonNull(row.get(3))),
                        StageOutcome.valueOf(row.get(4))));
            }
            return List.copyOf(stages);
        }
        throw new IllegalStateException("the audit log cannot restore a field of type " + type.getName());
    }

    private static @Nullable Object read(RecordComponent component, CrmRecord record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
