package dev.crmkit.examples.cli;

import dev.crmkit.agent.config.AgentModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that runs the assistant ({@code chat}, {@code eval}): it takes the {@link ModelOptions}
 * that choose the model, and runs as a whole ({@link #call}) rather than through nested subcommands.
 */
abstract class ModelSubcommand extends Subcommand implements Callable<Integer> {

    @Mixin
    private final ModelOptions model = new ModelOptions();

    /** {@return the model the options chose, opened; the caller closes it} */
    final AgentModel openModel() {
        return model.open(root());
    }
}
