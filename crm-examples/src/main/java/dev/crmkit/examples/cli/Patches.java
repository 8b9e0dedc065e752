package dev.crmkit.examples.cli;

import dev.crmkit.core.kernel.Patch;
import org.jspecify.annotations.Nullable;

/** How update options become patches: an option not given leaves the field, an empty value clears it. */
final class Patches {

    private Patches() {}

    static Patch<String> of(@Nullable String option) {
        if (option == null) {
            return Patch.unchanged();
        }
        return option.isEmpty() ? Patch.clear() : Patch.set(option);
    }

    static <T> Patch<T> ofValue(@Nullable T option) {
        return option == null ? Patch.unchanged() : Patch.set(option);
    }

    /** Deleting needs {@code --yes}: a slip of the keyboard must not lose data. */
    static void requireYes(boolean yes, String what) {
        if (!yes) {
            throw new UserException("not deleting " + what + " without --yes");
        }
    }

    /** An id option as a patch: absent → unchanged, 0 → clear the link, else link to that id. */
    static Patch<Long> id(@Nullable Long option) {
        return option != null && option == 0 ? Patch.clear() : ofValue(option);
    }
}
