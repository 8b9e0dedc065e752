package dev.crmkit.core.transfer;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Running totals, and where refused rows go (held back until the batch commits). */
final class Batch {
    private final @Nullable CsvWriter refusedOut;
    private final List<List<String>> refusals = new ArrayList<>();
    long created;
    long updated;
    long unchanged;
    long refused;

    Batch(@Nullable CsvWriter refusedOut) {
        this.refusedOut = refusedOut;
    }

    void refuse(Row<?> row, String message) {
        refused++;
        List<String> record = new ArrayList<>(List.of(Long.toString(row.line()), message));
        record.addAll(row.cells());
        if (refusedOut != null) {
            refusedOut.write(record);
        } else {
            refusals.add(record);
        }
    }

    /** {@return whether the row had errors, now refused with them (read as {@link RowErrors} writes them)} */
    boolean refused(Row<?> row, FieldErrors errors) {
        String problems = RowErrors.problems(errors);
        if (problems == null) {
            return false;
        }
        refuse(row, problems);
        return true;
    }

    /** Counts a stored record the batch updated, or left as it was. */
    void counted(boolean changed) {
        if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }

    void add(Batch batch) {
        created += batch.created;
        updated += batch.updated;
        unchanged += batch.unchanged;
        refused += batch.refused;
        if (refusedOut != null) {
            batch.refusals.forEach(refusedOut::write);
        }
    }

    ImportReport report() {
        return new ImportReport(created, updated, unchanged, refused);
    }
}
