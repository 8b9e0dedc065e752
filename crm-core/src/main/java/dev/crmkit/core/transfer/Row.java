package dev.crmkit.core.transfer;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A row of the file, once read; {@code parsed} is absent for a row refused by its own check. */
record Row<P>(long line, List<String> cells, @Nullable P parsed) {

    P value() {
        return Objects.requireNonNull(parsed);
    }
}
