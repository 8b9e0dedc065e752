package dev.crmkit.core.transfer;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Running totals, and where refused rows go (held back until the batch commits). */
final class Batch {
    private final @Nullable CsvWriter refusedOut;
    private final UnaryOperator<String> column;
    private final List<List<String>> refusals = new ArrayList<>();
    long created;
    long updated;
    long unchanged;
    long refused;

    /**
     * @param refusedOut where refused rows go at once; null holds them until {@link #add}ed to a batch that has one
     * @param column a field → the column of the file that holds it, for the refusals' messages
     */
    Batch(@Nullable CsvWriter refusedOut, UnaryOperator<String> column) {
        this.refusedOut = refusedOut;
        this.column = column;
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
        String problems = RowErrors.problems(errors, column);
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
