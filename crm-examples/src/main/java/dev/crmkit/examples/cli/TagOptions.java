package dev.crmkit.examples.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --tag} options of the commands over tagged records (contacts, companies, deals). */
final class TagOptions {

    private TagOptions() {}

    /** {@code --tag} of {@code add} and {@code create}: the new record's tags. */
    static final class Given {

        @Option(names = "--tag", split = ",", description = "a tag; repeat or separate with commas for more")
        @Nullable
        List<String> tags;

        /** {@return the tags given, none when the option is absent} */
        List<String> names() {
            return tags == null ? List.of() : tags;
        }
    }

    /** {@code --tag} of {@code list}: keeps the records carrying every tag given. */
    static final class Filter {

        @Option(names = "--tag", split = ",", description = "carrying this tag; repeat for all of several")
        @Nullable
        List<String> tags;

        /** {@return the tags given, none when the option is absent} */
        List<String> names() {
            return tags == null ? List.of() : tags;
        }
    }
}
