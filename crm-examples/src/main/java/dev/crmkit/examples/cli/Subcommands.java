package dev.crmkit.examples.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * The {@code crm} command's subcommands, and which of them a command line needs. picocli builds the
 * model of every registered subcommand (its options, parameters and nested commands, by reflection)
 * before it parses anything: for all of them that was about 0.37 s of CPU of every command, most of
 * what {@code crm --version} cost. A command line that names subcommands gets only those; one that
 * names none ({@code --help}, {@code --version}, a typo) gets all, so help lists them and picocli can
 * suggest the nearest name.
 */
final class Subcommands {

    /** Every subcommand, in the order {@code crm --help} lists them. */
    static final List<Class<?>> ALL = List.of(
            ContactsCommand.class,
            PipelinesCommand.class,
            DealsCommand.class,
            TasksCommand.class,
            ActivitiesCommand.class,
            TimelineCommand.class,
            ModelCommand.class,
            ChatCommand.class,
            EvalCommand.class,
            TokenCommand.class,
            UserCommand.class,
            SchemaCommand.class,
            CompaniesCommand.class,
            DuplicatesCommand.class,
            MergeCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            SearchCommand.class,
            TagsCommand.class,
            TrashCommand.class,
            CustomFieldsCommand.class,
            HistoryCommand.class,
            ChangeSetsCommand.class);

    private Subcommands() {}

    /**
     * The subcommands whose name or alias is one of {@code args}, in {@link #ALL}'s order; all of them
     * when none is. Any word counts, also an option's value ({@code --db-user tags contacts list} gets
     * {@code tags} and {@code contacts}), so picocli answers as with all of them registered (it refuses
     * a registered subcommand's name as an option's value).
     *
     * @param args the command line as the user typed it
     */
    static List<Class<?>> named(String[] args) {
        Set<String> words = new HashSet<>(Arrays.asList(args));
        List<Class<?>> named = ALL.stream()
                .filter(command -> names(command).anyMatch(words::contains))
                .toList();
        return named.isEmpty() ? ALL : named;
    }

    private static Stream<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation == null) {
            throw new IllegalStateException(command + " is not a picocli command");
        }
        return Stream.concat(Stream.of(annotation.name()), Arrays.stream(annotation.aliases()));
    }
}
