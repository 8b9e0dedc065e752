package dev.crmkit.examples.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code <id>} and {@code --yes} every {@code delete} subcommand takes, declared once: a delete
 * runs only when it is confirmed ({@link Subcommand#delete}).
 */
final class DeleteOptions {

    @Parameters(paramLabel = "<id>", description = "the id to delete")
    long id;

    @Option(names = "--yes", description = "really delete")
    boolean yes;
}
